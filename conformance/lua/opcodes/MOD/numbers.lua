--[==[
description: "MOD of local numbers"
spec: [op.MOD]
features: []
flags: []
negative: false
]==]
local a, b
a, b = 7, 3
print(a % b)
a, b = -7, 3
print(a % b)
a, b = 7, -3
print(a % b)
a, b = 5.5, 2
print(a % b)
