--[==[
description: "math.atan2 with zeros, infinities and signed zeros"
spec: [lib.math.atan2]
features: []
flags: []
negative: false
]==]
print(math.atan2(0, 0), math.atan2(1, 0) == math.pi / 2, math.atan2(-0, -1) == -math.pi, math.atan2(1/0, 1/0) == math.pi / 4)
