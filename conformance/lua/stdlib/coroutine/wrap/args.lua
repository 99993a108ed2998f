--[==[
description: "arguments of the first call of a wrapped function reach the body"
spec: [lib.coroutine.wrap]
features: []
flags: []
negative: false
]==]
local f = coroutine.wrap(function(a, b) local c = coroutine.yield(a + b) return c * 2 end)
print(f(1, 2), f(10))
print(pcall(f))
