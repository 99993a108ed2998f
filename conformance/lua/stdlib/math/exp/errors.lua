--[==[
description: "math.exp argument errors"
spec: [lib.math.exp]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.exp() end))
print(pcall(function() return math.exp("e") end))
