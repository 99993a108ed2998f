--[==[
description: "string.dump output loads back with loadstring"
spec: [lib.string.dump]
features: [binary-chunk]
flags: []
negative: false
]==]
local function add(a, b) return a + b end
local f = loadstring(string.dump(add))
print(f(2, 3), string.dump(add):sub(1, 4) == "\27Lua")
print(pcall(string.dump, print))
