--[==[
description: "math.randomseed argument errors"
spec: [lib.math.randomseed]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.randomseed() end))
print(pcall(function() return math.randomseed("x") end))
print(pcall(function() return math.randomseed({}) end))
