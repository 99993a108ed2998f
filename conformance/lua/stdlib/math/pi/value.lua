--[==[
description: "math.pi with %.14g and %.17g"
spec: [lib.math.pi, lib.math.sin, lib.math.cos]
features: []
flags: []
negative: false
]==]
print(math.pi, string.format("%.17g", math.pi), math.sin(math.pi / 2), math.cos(0))
