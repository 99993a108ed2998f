--[==[
description: "math.log10 of zero, negative and numeric string"
spec: [lib.math.log10]
features: []
flags: []
negative: false
]==]
local n = math.log10(-10)
print(math.log10(0), n ~= n, math.log10("100"), string.format("%.6f", math.log10(2)))
