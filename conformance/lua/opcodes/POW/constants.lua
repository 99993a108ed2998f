--[==[
description: "POW with a constant operand (RK) and string coercion"
spec: [op.POW, lang.coercion.arith]
features: []
flags: []
negative: false
]==]
local a = 12
print(a ^ 4, 3 ^ a)
local s = "8"
print(s ^ 2, a ^ "2")
