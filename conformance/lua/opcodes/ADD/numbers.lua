--[==[
description: "ADD of local numbers"
spec: [op.ADD]
features: []
flags: []
negative: false
]==]
local a, b
a, b = 1, 2
print(a + b)
a, b = 0.5, 0.25
print(a + b)
a, b = -3, 3
print(a + b)
