--[==[
description: "MUL of local numbers"
spec: [op.MUL]
features: []
flags: []
negative: false
]==]
local a, b
a, b = 6, 7
print(a * b)
a, b = 0.5, 0.5
print(a * b)
a, b = -2, 3
print(a * b)
