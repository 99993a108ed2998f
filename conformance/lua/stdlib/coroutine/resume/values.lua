--[==[
description: "values flow through resume and yield in both directions"
spec: [lib.coroutine.resume]
features: []
flags: []
negative: false
]==]
local co = coroutine.create(function(...)
  print("start", ...)
  local x, y = coroutine.yield(1, 2)
  print("got", x, y)
  local z = coroutine.yield()
  return "done", z
end)
print(coroutine.resume(co, "a", "b"))
print(coroutine.resume(co, "x", "y"))
print(coroutine.resume(co, "z"))
print(coroutine.resume(co))
