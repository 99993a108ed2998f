--[==[
description: "math.floor argument errors"
spec: [lib.math.floor]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.floor() end))
print(pcall(function() return math.floor({}) end))
