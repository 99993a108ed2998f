--[==[
description: "unary minus on numbers and numeric strings"
spec: [op.UNM, lang.coercion.arith]
features: []
flags: []
negative: false
]==]
local a, s = 5, "3"
print(-a, -(-a), -s, -0.5)
