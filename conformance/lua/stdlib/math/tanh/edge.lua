--[==[
description: "math.tanh saturates at large arguments"
spec: [lib.math.tanh]
features: []
flags: []
negative: false
]==]
print(math.tanh(100), math.tanh(-100), math.tanh(1/0))
