--[==[
description: "modf splits integral and fractional parts"
spec: [lib.math.modf]
features: []
flags: []
negative: false
]==]
print(math.modf(3.7), math.modf(-3.7), math.modf(5))
print(math.modf(1/0))
