--[==[
description: "yield across pcall and metamethod boundaries fails in 5.1"
spec: [lib.coroutine.yield]
features: []
flags: []
negative: false
]==]
local co = coroutine.create(function() return pcall(coroutine.yield, 1) end)
print(coroutine.resume(co))
local co2 = coroutine.create(function()
  local t = setmetatable({}, {__index = function() return coroutine.yield("idx") end})
  return t.x
end)
print(coroutine.resume(co2))
local co3 = coroutine.create(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end)
print(coroutine.resume(co3))
