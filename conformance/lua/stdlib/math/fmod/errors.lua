--[==[
description: "math.fmod argument errors"
spec: [lib.math.fmod]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.fmod(1) end))
print(pcall(function() return math.fmod() end))
print(pcall(function() return math.fmod("a", 1) end))
