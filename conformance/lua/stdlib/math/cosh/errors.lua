--[==[
description: "math.cosh argument errors"
spec: [lib.math.cosh]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.cosh() end))
print(pcall(function() return math.cosh("q") end))
