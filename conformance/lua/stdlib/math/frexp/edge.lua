--[==[
description: "math.frexp of zero, negatives, powers of two and infinity"
spec: [lib.math.frexp]
features: []
flags: []
negative: false
]==]
print(math.frexp(0))
print(math.frexp(-8))
print(math.frexp(1))
print(math.frexp(0.1))
print(math.frexp(1/0))
