--[==[
description: "math.mod argument errors name fmod"
spec: [lib.math.mod]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.mod(1) end))
print(pcall(function() return math.mod("x", 2) end))
