--[==[
description: "math.deg of negatives, infinity and strings"
spec: [lib.math.deg]
features: []
flags: []
negative: false
]==]
print(math.deg(-math.pi), math.deg(1/0), math.deg("0"), string.format("%.6f", math.deg(1)))
