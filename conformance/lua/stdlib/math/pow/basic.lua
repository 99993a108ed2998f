--[==[
description: "math.pow of integers, fractions and negatives"
spec: [lib.math.pow]
features: []
flags: []
negative: false
]==]
print(math.pow(2, 10), math.pow(4, 0.5), math.pow(2, -1), math.pow(-2, 3), math.pow(0, 0))
