--[==[
description: "coroutine resume/yield passing values, status, wrap"
spec: [lib.coroutine.create, lib.coroutine.resume, lib.coroutine.yield, lib.coroutine.status, lib.coroutine.wrap]
features: []
flags: []
negative: false
]==]
local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b)
  local d, e = coroutine.yield(c * 2)
  return d + e
end)
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 3, 4))
print(coroutine.status(co), coroutine.resume(co))
local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
print(gen(), gen(), gen())
