--[==[
description: "math.fmod with negative operands, zero divisor and floats"
spec: [lib.math.fmod]
features: []
flags: []
negative: false
]==]
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2))
local z = math.fmod(1, 0)
print(z ~= z, math.fmod(0, 5), math.fmod(1, 1/0))
