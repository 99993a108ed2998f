--[==[
description: "math.log argument errors (5.1 takes a single argument)"
spec: [lib.math.log]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.log() end))
print(pcall(function() return math.log("x") end))
print(math.log(8, 2) == math.log(8))
