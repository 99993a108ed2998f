--[==[
description: "math.min argument errors"
spec: [lib.math.min]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.min() end))
print(pcall(function() return math.min("a") end))
print(pcall(function() return math.min(2, 1, {}) end))
