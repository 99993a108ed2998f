--[==[
description: "local declarations without enough values emit LOADNIL over a register range"
spec: [op.LOADNIL]
features: []
flags: []
negative: false
]==]
local z = 0
local a, b, c = 1
print(z, a, b, c)
local d, e, f
print(d, e, f)
