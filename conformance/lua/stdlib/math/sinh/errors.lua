--[==[
description: "math.sinh argument errors"
spec: [lib.math.sinh]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.sinh() end))
print(pcall(function() return math.sinh({}) end))
