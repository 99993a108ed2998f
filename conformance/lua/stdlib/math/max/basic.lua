--[==[
description: "max and min of several values"
spec: [lib.math.max, lib.math.min]
features: []
flags: []
negative: false
]==]
print(math.max(1, 5, 3), math.max(-1), math.max(2, "10"), math.min(4, 2, 8), math.min(-1, -5))
print(pcall(math.max))
