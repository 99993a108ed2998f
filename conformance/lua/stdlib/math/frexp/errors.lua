--[==[
description: "math.frexp argument errors"
spec: [lib.math.frexp]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.frexp() end))
print(pcall(function() return math.frexp("x") end))
