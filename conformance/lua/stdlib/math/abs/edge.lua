--[==[
description: "math.abs on negatives, zero, infinity and numeric strings"
spec: [lib.math.abs]
features: []
flags: []
negative: false
]==]
print(math.abs(-3), math.abs(2.5), math.abs(-0), math.abs(-1/0), math.abs("-7"))
