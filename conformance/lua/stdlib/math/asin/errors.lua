--[==[
description: "math.asin argument errors"
spec: [lib.math.asin]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.asin() end))
print(pcall(function() return math.asin(nil) end))
