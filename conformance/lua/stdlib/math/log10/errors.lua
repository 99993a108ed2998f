--[==[
description: "math.log10 argument errors"
spec: [lib.math.log10]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.log10() end))
print(pcall(function() return math.log10({}) end))
