--[==[
description: "math.cos argument errors"
spec: [lib.math.cos]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.cos() end))
print(pcall(function() return math.cos({}) end))
