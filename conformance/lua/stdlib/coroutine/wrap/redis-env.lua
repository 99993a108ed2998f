--[==[
description: "coroutines inside an EVAL script"
spec: [lib.coroutine.wrap, lib.coroutine.yield]
features: []
flags: [redis]
negative: false
]==]
local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i * 10) end end)
return {gen(), gen(), gen()}
