--[==[
description: "math.rad of negatives, infinity and strings"
spec: [lib.math.rad]
features: []
flags: []
negative: false
]==]
print(math.rad(-180) == -math.pi, math.rad(1/0), string.format("%.6f", math.rad("45")))
