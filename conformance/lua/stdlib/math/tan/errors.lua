--[==[
description: "math.tan argument errors"
spec: [lib.math.tan]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.tan() end))
print(pcall(function() return math.tan(nil) end))
