--[==[
description: "loadstring compiles chunks with arguments and returns"
spec: [lib.base.loadstring]
features: []
flags: []
negative: false
]==]
local f = loadstring("return 1 + 2")
print(f())
local g = loadstring("local a, b = ... return a * b")
print(g(6, 7))
print(loadstring("syntax error here"))
print(pcall(loadstring("error('inside')")))
print(pcall(loadstring("error('named')", "=name")))
