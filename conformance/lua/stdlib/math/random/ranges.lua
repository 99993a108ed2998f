--[==[
description: "math.random results stay in range after a fixed seed"
spec: [lib.math.random]
features: []
flags: []
negative: false
]==]
math.randomseed(42)
local ok = true
for i = 1, 200 do
  local a, b, c = math.random(), math.random(5), math.random(-3, 3)
  if a < 0 or a >= 1 or b < 1 or b > 5 or b % 1 ~= 0 or c < -3 or c > 3 then ok = false end
end
print(ok, math.random(7, 7), math.random(1))
