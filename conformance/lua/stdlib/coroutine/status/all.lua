--[==[
description: "coroutine.status through suspended, running, normal and dead"
spec: [lib.coroutine.status]
features: []
flags: []
negative: false
]==]
local a
local b = coroutine.create(function() print("a from b:", coroutine.status(a)) end)
a = coroutine.create(function()
  print("a self:", coroutine.status(a))
  coroutine.resume(b)
  coroutine.yield()
end)
print(coroutine.status(a))
coroutine.resume(a)
print(coroutine.status(a), coroutine.status(b))
coroutine.resume(a)
print(coroutine.status(a))
