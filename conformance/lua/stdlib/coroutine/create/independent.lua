--[==[
description: "two coroutines from the same function keep separate state"
spec: [lib.coroutine.create]
features: []
flags: []
negative: false
]==]
local function counter(n) while true do n = n + 1 coroutine.yield(n) end end
local a, b = coroutine.create(counter), coroutine.create(counter)
print(select(2, coroutine.resume(a, 0)), select(2, coroutine.resume(b, 10)), select(2, coroutine.resume(a)), select(2, coroutine.resume(b)))
