--[==[
description: "math.exp overflow and underflow"
spec: [lib.math.exp]
features: []
flags: []
negative: false
]==]
print(math.exp(1000), math.exp(-1000), math.exp(-1/0))
