--[==[
description: "math.tanh of 0 and formatted values"
spec: [lib.math.tanh]
features: []
flags: []
negative: false
]==]
print(math.tanh(0), string.format("%.6f %.6f", math.tanh(0.5), math.tanh(-2)))
