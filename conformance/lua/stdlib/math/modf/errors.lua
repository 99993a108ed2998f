--[==[
description: "math.modf argument errors"
spec: [lib.math.modf]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.modf() end))
print(pcall(function() return math.modf("y") end))
