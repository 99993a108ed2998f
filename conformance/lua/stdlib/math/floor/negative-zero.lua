--[==[
description: "math.floor and ceil of negative zero and tiny negatives"
spec: [lib.math.floor, lib.math.ceil]
features: []
flags: []
negative: false
]==]
print(1 / math.floor(-0.0), math.ceil(-0.5), 1 / math.ceil(-0.5))
