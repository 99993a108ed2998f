--[==[
description: "resuming the running coroutine or a normal one fails"
spec: [lib.coroutine.resume]
features: []
flags: []
negative: false
]==]
local outer
outer = coroutine.create(function()
  print(coroutine.resume(outer))
  local inner = coroutine.create(function() print(coroutine.resume(outer)) end)
  coroutine.resume(inner)
end)
coroutine.resume(outer)
