--[==[
description: "debug.getupvalue names and values in order; C functions and out of range"
spec: [lib.debug.getupvalue]
features: []
flags: []
negative: false
]==]
local a, b = 1, 2
local function f() return a + b end
print(debug.getupvalue(f, 1))
print(debug.getupvalue(f, 2))
print(debug.getupvalue(f, 3))
print(debug.getupvalue(print, 1))
