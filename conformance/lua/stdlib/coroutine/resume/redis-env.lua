--[==[
description: "coroutine.create, resume and status inside an EVAL script"
spec: [lib.coroutine.create, lib.coroutine.resume, lib.coroutine.status]
features: []
flags: [redis]
negative: false
]==]
local co = coroutine.create(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
local _, x = coroutine.resume(co, 1)
local s1 = coroutine.status(co)
local _, y = coroutine.resume(co, 10)
local ok, e = coroutine.resume(co)
return {x, s1, y, coroutine.status(co), tostring(ok), e}
