--[==[
description: "math.pow overflow, negative base with fractional exponent, strings"
spec: [lib.math.pow]
features: []
flags: []
negative: false
]==]
local n = math.pow(-8, 1/3)
print(math.pow(10, 400), n ~= n, math.pow("3", "2"), math.pow(0, -1))
