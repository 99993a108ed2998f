--[==[
description: "math.atan of 0, 1 and infinities"
spec: [lib.math.atan]
features: []
flags: []
negative: false
]==]
print(math.atan(0), math.atan(1) == math.pi / 4, math.atan(1/0) == math.pi / 2, math.atan(-1/0) == -math.pi / 2)
