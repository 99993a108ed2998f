--[==[
description: "debug.getupvalue and debug.setupvalue"
spec: [lib.debug.getupvalue, lib.debug.setupvalue]
features: []
flags: []
negative: false
]==]
local x, y = 1, "two"
local function f() return x, y end
print(debug.getupvalue(f, 1))
print(debug.getupvalue(f, 2))
print(debug.getupvalue(f, 3))
print(debug.setupvalue(f, 1, 10))
print(f())
print(debug.getupvalue(print, 1))
