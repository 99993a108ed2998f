--[==[
description: "string.dump of a function with parameters; loaded copy has fresh upvalues"
spec: [lib.string.dump]
features: []
flags: []
negative: false
]==]
local function add(a, b) return a + b end
local f = loadstring(string.dump(add))
print(f(2, 3), type(string.dump(add)), string.dump(add):sub(1, 4) == "\27Lua")
local x = 5
local g = loadstring(string.dump(function() return x end))
print(pcall(g))
