--[==[
description: "division by zero gives inf, -inf and nan"
spec: [op.DIV, lang.numfmt.inf]
features: []
flags: []
negative: false
]==]
local z = 0
print(1 / z, -1 / z, z / z ~= z / z)
