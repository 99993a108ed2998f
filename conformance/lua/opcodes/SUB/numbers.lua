--[==[
description: "SUB of local numbers"
spec: [op.SUB]
features: []
flags: []
negative: false
]==]
local a, b
a, b = 5, 3
print(a - b)
a, b = 0.5, 1
print(a - b)
a, b = -1, -1
print(a - b)
