--[==[
description: "math.mod with zero divisor and strings"
spec: [lib.math.mod]
features: []
flags: []
negative: false
]==]
local z = math.mod(3, 0)
print(z ~= z, math.mod("9", "4"), math.mod(-0.5, 1))
