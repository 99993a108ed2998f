--[==[
description: "CLOSURE creates function values"
spec: [op.CLOSURE]
features: []
flags: []
negative: false
]==]
local function add(a, b) return a + b end
local mul = function(a, b) return a * b end
print(add(2, 3), mul(2, 3), type(add))
