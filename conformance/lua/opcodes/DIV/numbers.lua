--[==[
description: "DIV of local numbers"
spec: [op.DIV]
features: []
flags: []
negative: false
]==]
local a, b
a, b = 7, 2
print(a / b)
a, b = 1, 3
print(a / b)
a, b = -9, 3
print(a / b)
