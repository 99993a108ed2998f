--[==[
description: "debug.setmetatable on protected tables, nil metatable and booleans"
spec: [lib.debug.setmetatable]
features: []
flags: []
negative: false
]==]
local t = setmetatable({}, {__metatable = "locked"})
print(debug.setmetatable(t, {__index = {x = 1}}), t.x)
print(debug.setmetatable(t, nil), getmetatable(t))
debug.setmetatable(true, {__index = {kind = "bool"}})
print((true).kind, (false).kind)
debug.setmetatable(true, nil)
