--[==[
description: "math.max/min with mixed values, single argument, strings and infinity"
spec: [lib.math.max, lib.math.min]
features: []
flags: []
negative: false
]==]
print(math.max(3), math.min(3), math.max("10", 9), math.min(-1/0, 0), math.max(1, 1/0))
print(math.max(-0, 0), math.min(2.5, 2))
