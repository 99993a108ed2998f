--[==[
description: "math.random errors: empty interval and too many arguments"
spec: [lib.math.random]
features: []
flags: []
negative: false
]==]
print(pcall(math.random, 0))
print(pcall(math.random, 5, 2))
print(pcall(math.random, 1, 2, 3))
print(pcall(function() return math.random("x") end))
