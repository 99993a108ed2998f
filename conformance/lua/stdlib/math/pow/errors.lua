--[==[
description: "math.pow argument errors"
spec: [lib.math.pow]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.pow(2) end))
print(pcall(function() return math.pow() end))
print(pcall(function() return math.pow({}, 2) end))
