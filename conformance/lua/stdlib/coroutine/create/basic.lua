--[==[
description: "coroutine.create returns a suspended thread"
spec: [lib.coroutine.create]
features: []
flags: []
negative: false
]==]
local co = coroutine.create(function(a, b) return a + b end)
print(type(co), coroutine.status(co))
print(coroutine.resume(co, 2, 3))
print(coroutine.status(co))
