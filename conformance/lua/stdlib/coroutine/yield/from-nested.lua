--[==[
description: "yield from a nested Lua function call inside a coroutine"
spec: [lib.coroutine.yield]
features: []
flags: []
negative: false
]==]
local function helper(x) return coroutine.yield(x * 2) end
local co = coroutine.create(function(a) local b = helper(a) return b + 1 end)
print(coroutine.resume(co, 5))
print(coroutine.resume(co, 100))
