--[==[
description: "math.ldexp argument errors"
spec: [lib.math.ldexp]
features: []
flags: []
negative: false
]==]
print(pcall(function() return math.ldexp(1) end))
print(pcall(function() return math.ldexp() end))
print(pcall(function() return math.ldexp(1, "e") end))
