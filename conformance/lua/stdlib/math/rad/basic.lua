--[==[
description: "math.rad of common angles"
spec: [lib.math.rad]
features: []
flags: []
negative: false
]==]
print(math.rad(180) == math.pi, math.rad(0), string.format("%.6f", math.rad(90)))
