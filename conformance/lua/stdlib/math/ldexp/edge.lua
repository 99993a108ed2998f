--[==[
description: "math.ldexp overflow, underflow and fractional exponents"
spec: [lib.math.ldexp]
features: []
flags: []
negative: false
]==]
print(math.ldexp(1, 2000), math.ldexp(1, -2000), math.ldexp(1, 2.9), math.ldexp("2", "3"))
