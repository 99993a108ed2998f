--[==[
description: "values passed to resume become the results of yield"
spec: [lib.coroutine.yield]
features: []
flags: []
negative: false
]==]
local co = coroutine.create(function()
  local a, b, c = coroutine.yield()
  return select("#", a, b, c), a, c
end)
coroutine.resume(co)
print(coroutine.resume(co, "x", nil, "z"))
