--[==[
description: "math.sin of infinity and negative zero"
spec: [lib.math.sin]
features: []
flags: []
negative: false
]==]
local v = math.sin(1/0)
print(v ~= v, 1 / math.sin(-0), math.sin("0"))
