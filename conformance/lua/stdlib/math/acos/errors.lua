--[==[
description: "math.acos argument errors"
spec: [lib.math.acos]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.acos() end))
print(pcall(function() return math.acos("a") end))
