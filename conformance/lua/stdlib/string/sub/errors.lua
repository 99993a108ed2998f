--[==[
description: "string.sub argument errors"
spec: [lib.string.sub]
features: []
flags: []
negative: false
]==]
print(pcall(function() return string.sub() end))
print(pcall(function() return string.sub("x", "a") end))
print(pcall(function() return string.sub("x", 1, {}) end))
