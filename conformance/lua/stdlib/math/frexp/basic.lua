--[==[
description: "frexp and ldexp"
spec: [lib.math.frexp, lib.math.ldexp]
features: []
flags: []
negative: false
]==]
print(math.frexp(8), math.frexp(0.3), math.ldexp(0.5, 4), math.frexp(0))
