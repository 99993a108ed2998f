--[==[
description: "math.tan of infinity and of a string"
spec: [lib.math.tan]
features: []
flags: []
negative: false
]==]
local v = math.tan(-1/0)
print(v ~= v, string.format("%.4f", math.tan("0.5")))
