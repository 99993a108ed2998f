--[==[
description: "modulo with a negative divisor, floats and inf"
spec: [op.MOD]
features: []
flags: []
negative: false
]==]
local a = 5.25
print(a % 2, -a % 2, a % -2, 10 % 3.5)
local inf = 1/0
print(5 % inf == 5 % inf)
