--[==[
description: "coroutine.running returns the running coroutine inside it"
spec: [lib.coroutine.running]
features: []
flags: []
negative: false
]==]
local co
co = coroutine.create(function() print(coroutine.running() == co, type(coroutine.running())) end)
coroutine.resume(co)
