--[==[
description: "math.sqrt of squares and 2"
spec: [lib.math.sqrt]
features: []
flags: []
negative: false
]==]
print(math.sqrt(16), math.sqrt(0), math.sqrt(2.25), string.format("%.10f", math.sqrt(2)))
