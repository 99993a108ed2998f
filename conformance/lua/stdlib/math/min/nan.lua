--[==[
description: "min/max with nan keep the first operand order behaviour"
spec: [lib.math.min, lib.math.max]
features: []
flags: []
negative: false
]==]
local nan = 0/0
print(math.min(1, 2) , math.max(1.5, 1.25))
print(math.min(1, nan) ~= math.min(1, nan), math.max(nan, 1) ~= math.max(nan, 1))
