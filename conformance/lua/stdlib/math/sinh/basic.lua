--[==[
description: "math.sinh of 0 and formatted values"
spec: [lib.math.sinh]
features: []
flags: []
negative: false
]==]
print(math.sinh(0), string.format("%.6f %.6f", math.sinh(1), math.sinh(-1)))
