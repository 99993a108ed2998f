--[==[
description: "math.ceil on negatives, integers, huge values and strings"
spec: [lib.math.ceil]
features: []
flags: []
negative: false
]==]
print(math.ceil(-0.5), math.ceil(3), math.ceil(1e300), math.ceil(-1/0), math.ceil("2.1"))
