--[==[
description: "math.sin argument errors"
spec: [lib.math.sin]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.sin() end))
print(pcall(function() return math.sin("pi") end))
