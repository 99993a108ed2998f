--[==[
description: "math.huge compares above every finite number and prints as inf"
spec: [lib.math.huge]
features: []
flags: []
negative: false
]==]
print(math.huge > 1e308, -math.huge < -1e308, math.huge == 1/0, tostring(math.huge), tostring(-math.huge))
