--[==[
description: "math.cos of 0, pi and formatted values"
spec: [lib.math.cos]
features: []
flags: []
negative: false
]==]
print(math.cos(0), math.cos(math.pi), string.format("%.6f", math.cos(1)))
