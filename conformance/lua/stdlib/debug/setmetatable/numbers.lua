--[==[
description: "debug.setmetatable gives numbers a metatable; debug.getmetatable ignores __metatable"
spec: [lib.debug.setmetatable, lib.debug.getmetatable]
features: []
flags: []
negative: false
]==]
debug.setmetatable(0, {__index = {double = function(n) return n * 2 end}})
print((5):double(), (2.5):double())
local t = setmetatable({}, {__metatable = "hidden"})
print(getmetatable(t), type(debug.getmetatable(t)))
debug.setmetatable(0, nil)
print(getmetatable(1))
