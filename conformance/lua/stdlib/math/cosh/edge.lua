--[==[
description: "math.cosh overflow to infinity"
spec: [lib.math.cosh]
features: []
flags: []
negative: false
]==]
print(math.cosh(1000), math.cosh(-1/0))
