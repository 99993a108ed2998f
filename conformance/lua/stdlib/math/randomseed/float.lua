--[==[
description: "math.randomseed truncates float seeds"
spec: [lib.math.randomseed]
features: []
flags: []
negative: false
]==]
math.randomseed(7.9)
local a = math.random(100000)
math.randomseed(7)
print(a == math.random(100000))
