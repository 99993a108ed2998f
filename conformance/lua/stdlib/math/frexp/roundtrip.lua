--[==[
description: "math.frexp and math.ldexp are inverses"
spec: [lib.math.frexp, lib.math.ldexp]
features: []
flags: []
negative: false
]==]
local ok = true
for _, x in ipairs({1, -3.5, 0.001, 12345.678, 2^60}) do
  local m, e = math.frexp(x)
  if math.ldexp(m, e) ~= x or math.abs(m) < 0.5 or math.abs(m) >= 1 then ok = false end
end
print(ok)
