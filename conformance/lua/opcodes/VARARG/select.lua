--[==[
description: "VARARG with fixed counts and select"
spec: [op.VARARG, lang.vararg]
features: []
flags: []
negative: false
]==]
local function f(...)
  local a, b = ...
  return a, b, select("#", ...)
end
print(f())
print(f(1))
print(f(1, 2, 3))
