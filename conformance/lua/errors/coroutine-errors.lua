--[==[
description: "coroutine error templates: dead coroutine, yield across a C boundary, wrong argument"
spec: [err.coroutine.dead, err.coroutine.yield-boundary, lang.coroutine, err.typeerror]
features: []
flags: []
negative: false
]==]
local co = coroutine.create(function() end)
coroutine.resume(co)
print(coroutine.resume(co))
print(pcall(coroutine.yield))
local co2 = coroutine.create(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end)
print(coroutine.resume(co2))
print(pcall(coroutine.resume, 1))
print(pcall(coroutine.create, 1))
local w = coroutine.wrap(function() end)
w()
print(pcall(w))
