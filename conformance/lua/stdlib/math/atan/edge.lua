--[==[
description: "math.atan formatted values"
spec: [lib.math.atan]
features: []
flags: []
negative: false
]==]
print(string.format("%.10f %.10f", math.atan(0.5), math.atan("-2")))
