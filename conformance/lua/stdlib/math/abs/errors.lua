--[==[
description: "math.abs argument errors"
spec: [lib.math.abs]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.abs() end))
print(pcall(function() return math.abs("x") end))
print(pcall(function() return math.abs({}) end))
