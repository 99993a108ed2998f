--[==[
description: "math.deg argument errors"
spec: [lib.math.deg]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.deg() end))
print(pcall(function() return math.deg(false) end))
