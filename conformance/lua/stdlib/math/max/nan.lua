--[==[
description: "math.max and math.min with NaN in different positions"
spec: [lib.math.max, lib.math.min]
features: []
flags: []
negative: false
]==]
local nan = 0/0
local a, b = math.max(nan, 1), math.max(1, nan)
print(a ~= a, b)
local c, d = math.min(nan, 1), math.min(1, nan)
print(c ~= c, d)
