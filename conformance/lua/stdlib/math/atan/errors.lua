--[==[
description: "math.atan argument errors"
spec: [lib.math.atan]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.atan() end))
print(pcall(function() return math.atan(true) end))
