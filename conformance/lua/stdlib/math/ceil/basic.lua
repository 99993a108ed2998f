--[==[
description: "ceil of positive and negative values"
spec: [lib.math.ceil]
features: []
flags: []
negative: false
]==]
print(math.ceil(3.2), math.ceil(-3.2), math.ceil(4), math.ceil(-0.5))
