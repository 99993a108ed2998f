--[==[
description: "an upvalue of an upvalue through two levels of closures"
spec: [op.GETUPVAL, lang.closure.upvalue]
features: []
flags: []
negative: false
]==]
local base = 100
local function outer()
  return function(x) return base + x end
end
print(outer()(1), outer()(2))
