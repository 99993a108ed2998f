--[==[
description: "math.sin of 0 and formatted values"
spec: [lib.math.sin]
features: []
flags: []
negative: false
]==]
print(math.sin(0), string.format("%.6f %.6f", math.sin(1), math.sin(-math.pi / 6)))
