--[==[
description: "math.atan2 in the four quadrants"
spec: [lib.math.atan2]
features: []
flags: []
negative: false
]==]
print(math.atan2(1, 1) == math.pi / 4, math.atan2(0, -1) == math.pi, math.atan2(0, 1))
print(string.format("%.6f %.6f", math.atan2(-1, -1), math.atan2(1, -1)))
