--[==[
description: "math.asin formatted values and negative zero"
spec: [lib.math.asin]
features: []
flags: []
negative: false
]==]
print(string.format("%.6f %.6f", math.asin(0.5), math.asin(-0.5)), 1 / math.asin(-0))
