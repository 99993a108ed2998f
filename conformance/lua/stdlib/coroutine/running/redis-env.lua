--[==[
description: "coroutine.running in the main script and inside a coroutine"
spec: [lib.coroutine.running]
features: []
flags: [redis]
negative: false
]==]
local main = coroutine.running()
local inner
local co = coroutine.create(function() inner = coroutine.running() end)
coroutine.resume(co)
return {tostring(main), tostring(inner == co)}
