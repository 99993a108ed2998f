--[==[
description: "math.asin of 0, 1 and out-of-range"
spec: [lib.math.asin]
features: []
flags: []
negative: false
]==]
print(math.asin(0), math.asin(1) == math.pi / 2, math.asin(2) ~= math.asin(2))
