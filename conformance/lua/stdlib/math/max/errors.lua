--[==[
description: "math.max argument errors"
spec: [lib.math.max]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.max() end))
print(pcall(function() return math.max(1, "x") end))
print(pcall(function() return math.max(1, nil) end))
