--[==[
description: "POW of local numbers"
spec: [op.POW]
features: []
flags: []
negative: false
]==]
local a, b
a, b = 2, 10
print(a ^ b)
a, b = 2, 0.5
print(a ^ b)
a, b = -2, 3
print(a ^ b)
