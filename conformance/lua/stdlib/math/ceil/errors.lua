--[==[
description: "math.ceil argument errors"
spec: [lib.math.ceil]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.ceil() end))
print(pcall(function() return math.ceil("z") end))
