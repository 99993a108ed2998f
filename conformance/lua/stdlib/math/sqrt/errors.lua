--[==[
description: "math.sqrt argument errors"
spec: [lib.math.sqrt]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.sqrt() end))
print(pcall(function() return math.sqrt("four") end))
