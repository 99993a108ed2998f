--[==[
description: "math.ldexp multiplies by a power of two"
spec: [lib.math.ldexp]
features: []
flags: []
negative: false
]==]
print(math.ldexp(1, 10), math.ldexp(0.5, 1), math.ldexp(3, -1), math.ldexp(-1, 0))
