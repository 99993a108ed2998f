--[==[
description: "math.atan2 requires two numbers"
spec: [lib.math.atan2]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.atan2(1) end))
print(pcall(function() return math.atan2() end))
print(pcall(function() return math.atan2(1, "y") end))
