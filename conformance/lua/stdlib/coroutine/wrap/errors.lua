--[==[
description: "errors inside a wrapped coroutine propagate with position; dead coroutine error"
spec: [lib.coroutine.wrap]
features: []
flags: []
negative: false
]==]
local f = coroutine.wrap(function() error("wrapped error") end)
print(pcall(f))
local g = coroutine.wrap(function() return 1 end)
g()
print(pcall(g))
print(pcall(coroutine.wrap, 1))
print(pcall(coroutine.wrap))
