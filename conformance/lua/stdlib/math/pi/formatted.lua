--[==[
description: "math.pi formatted and in trigonometry"
spec: [lib.math.pi]
features: []
flags: []
negative: false
]==]
print(string.format("%.15f", math.pi), math.sin(math.pi / 2), math.cos(math.pi))
