--[==[
description: "math.floor of negative fractions, huge and numeric strings"
spec: [lib.math.floor]
features: []
flags: []
negative: false
]==]
print(math.floor(-0.5), math.floor(-1), math.floor(1e300), math.floor("3.7"), math.floor(-1/0))
