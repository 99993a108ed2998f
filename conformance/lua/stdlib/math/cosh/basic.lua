--[==[
description: "math.cosh of 0 and formatted values"
spec: [lib.math.cosh]
features: []
flags: []
negative: false
]==]
print(math.cosh(0), string.format("%.6f %.6f", math.cosh(1), math.cosh(-1)))
