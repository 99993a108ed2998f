--[==[
description: "math.cos of infinity is nan; of a numeric string"
spec: [lib.math.cos]
features: []
flags: []
negative: false
]==]
local v = math.cos(1/0)
print(v ~= v, string.format("%.6f", math.cos("-1")))
