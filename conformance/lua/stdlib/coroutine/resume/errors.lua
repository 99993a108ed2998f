--[==[
description: "resume of a dead coroutine, a non-thread and an erroring body"
spec: [lib.coroutine.resume]
features: []
flags: []
negative: false
]==]
local co = coroutine.create(function() error("inside") end)
print(coroutine.resume(co))
print(coroutine.status(co))
print(coroutine.resume(co))
print(pcall(coroutine.resume, 1))
print(pcall(coroutine.resume))
local co2 = coroutine.create(function() error({code = 1}) end)
local ok, e = coroutine.resume(co2)
print(ok, type(e), e.code)
