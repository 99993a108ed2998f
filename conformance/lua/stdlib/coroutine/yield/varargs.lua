--[==[
description: "yield with no values and many values"
spec: [lib.coroutine.yield]
features: []
flags: []
negative: false
]==]
local co = coroutine.create(function() coroutine.yield() coroutine.yield(nil, nil) coroutine.yield(1, 2, 3, 4, 5) end)
print(select('#', coroutine.resume(co)))
print(select('#', coroutine.resume(co)))
print(coroutine.resume(co))
print(coroutine.resume(co))
