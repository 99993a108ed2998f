--[==[
description: "math.huge is inf and compares greater than any number"
spec: [lib.math.huge]
features: []
flags: []
negative: false
]==]
print(math.huge, -math.huge, math.huge > 1e308, math.huge == 1/0)
