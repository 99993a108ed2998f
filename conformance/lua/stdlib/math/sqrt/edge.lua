--[==[
description: "math.sqrt of negatives, infinity and strings"
spec: [lib.math.sqrt]
features: []
flags: []
negative: false
]==]
local n = math.sqrt(-1)
print(n ~= n, math.sqrt(1/0), math.sqrt("81"), 1 / math.sqrt(-0))
