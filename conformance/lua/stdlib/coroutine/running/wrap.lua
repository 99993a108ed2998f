--[==[
description: "coroutine.running inside a wrapped coroutine is a thread whose status is running"
spec: [lib.coroutine.running]
features: []
flags: []
negative: false
]==]
local f = coroutine.wrap(function() local me = coroutine.running() return coroutine.status(me) end)
print(f())
print(pcall(function() return coroutine.running():foo() end))
