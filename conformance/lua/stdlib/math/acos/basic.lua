--[==[
description: "math.acos of 1, 0, -1 and out-of-range"
spec: [lib.math.acos]
features: []
flags: []
negative: false
]==]
print(math.acos(1), math.acos(0) == math.pi / 2, math.acos(-1) == math.pi)
print(math.acos(2) ~= math.acos(2))
