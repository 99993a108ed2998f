--[==[
description: "string.byte argument errors"
spec: [lib.string.byte]
features: []
flags: []
negative: false
]==]
print(pcall(function() return string.byte() end))
print(pcall(function() return string.byte({}) end))
print(pcall(function() return string.byte("x", "a") end))
print(string.byte(123, 2))
