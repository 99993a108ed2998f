--[==[
description: "__tostring is used by tostring and print; __metatable hides the metatable"
spec: [lang.metatable.tostring, lang.metatable.metatable, lib.base.getmetatable]
features: []
flags: []
negative: false
]==]
local v = setmetatable({}, {__tostring = function() return "custom" end, __metatable = "locked"})
print(v, tostring(v), getmetatable(v))
print(pcall(setmetatable, v, {}))
