--[==[
description: "loadstring compiles in the global environment and returns varargs"
spec: [lib.base.loadstring]
features: []
flags: []
negative: false
]==]
local f = loadstring("local a, b = ... return b, a, x_global")
x_global = "g"
print(f(1, 2))
print(loadstring("return")())
