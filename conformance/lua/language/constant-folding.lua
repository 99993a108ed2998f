--[==[
description: "constant expressions are folded except division/modulo by zero and nan results"
spec: [lang.constant-folding, op.DIV, op.MOD]
features: []
flags: []
negative: false
]==]
local a = 2 + 3 * 4
local b = 2 ^ 10
local c = 1 / 0
local d = 5 % 0
local e = -(-3)
local f = 0 / 0
print(a, b, c, d ~= d, e, f ~= f)
