--[==[
description: "math.log of 1, e and powers"
spec: [lib.math.log]
features: []
flags: []
negative: false
]==]
print(math.log(1), math.log(math.exp(1)), string.format("%.10f", math.log(10)))
