--[==[
description: "math.tanh argument errors"
spec: [lib.math.tanh]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.tanh() end))
print(pcall(function() return math.tanh("t") end))
