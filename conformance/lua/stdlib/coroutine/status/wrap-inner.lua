--[==[
description: "status of a wrapped coroutine seen from inside"
spec: [lib.coroutine.status, lib.coroutine.running]
features: []
flags: []
negative: false
]==]
local w = coroutine.wrap(function() return coroutine.status(coroutine.running()) end)
print(w())
print(pcall(coroutine.status, nil))
