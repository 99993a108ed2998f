--[==[
description: "NEWTABLE with array and hash size hints"
spec: [op.NEWTABLE]
features: []
flags: []
negative: false
]==]
local empty = {}
local arr = {1, 2, 3}
local hash = {a = 1, b = 2}
local mixed = {1, 2, x = 3}
print(#empty, #arr, hash.a + hash.b, mixed[2], mixed.x)
