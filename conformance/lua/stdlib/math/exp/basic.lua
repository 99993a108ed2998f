--[==[
description: "math.exp of 0, 1 and negatives"
spec: [lib.math.exp]
features: []
flags: []
negative: false
]==]
print(math.exp(0), string.format("%.10f %.10f", math.exp(1), math.exp(-1)))
