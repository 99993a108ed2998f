--[==[
description: "math.rad argument errors"
spec: [lib.math.rad]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.rad() end))
print(pcall(function() return math.rad("deg") end))
