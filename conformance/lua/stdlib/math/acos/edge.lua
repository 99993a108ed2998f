--[==[
description: "math.acos formatted values"
spec: [lib.math.acos]
features: []
flags: []
negative: false
]==]
print(string.format("%.6f %.6f", math.acos(0.5), math.acos("-0.5")))
