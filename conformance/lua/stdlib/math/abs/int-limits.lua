--[==[
description: "math.abs of large magnitudes"
spec: [lib.math.abs]
features: []
flags: []
negative: false
]==]
print(math.abs(-2^63), math.abs(-2^53 - 1), math.abs(-1e308))
