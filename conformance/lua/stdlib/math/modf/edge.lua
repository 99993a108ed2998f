--[==[
description: "math.modf of negatives, integers and infinity"
spec: [lib.math.modf]
features: []
flags: []
negative: false
]==]
print(math.modf(-3.5))
print(math.modf(4))
print(math.modf(1/0))
print(math.modf(-1/0))
print(math.modf("2.25"))
