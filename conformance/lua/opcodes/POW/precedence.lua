--[==[
description: "power is right associative and binds tighter than unary minus"
spec: [op.POW, lang.precedence]
features: []
flags: []
negative: false
]==]
local a, b, c = 2, 3, 2
print(a ^ b ^ c, -a ^ 2, (-a) ^ 2)
