--[==[
description: "the until condition sees the locals of the repeat body"
spec: [lang.scope]
features: []
flags: []
negative: false
]==]
local i = 0
repeat local x = i; i = i + 1 until x >= 2
print(i)
local fs = {}
local n = 0
repeat
  n = n + 1
  local captured = n
  fs[n] = function() return captured end
until captured == 3
print(fs[1](), fs[2](), fs[3]())
