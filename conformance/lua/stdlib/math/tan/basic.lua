--[==[
description: "math.tan of 0 and formatted values"
spec: [lib.math.tan]
features: []
flags: []
negative: false
]==]
print(math.tan(0), string.format("%.6f %.6f", math.tan(1), math.tan(math.pi / 4)))
