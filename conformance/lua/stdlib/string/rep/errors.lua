--[==[
description: "string.rep argument errors"
spec: [lib.string.rep]
features: []
flags: []
negative: false
]==]
print(pcall(function() return string.rep("x") end))
print(pcall(function() return string.rep("x", "y") end))
print(pcall(function() return string.rep(nil, 2) end))
