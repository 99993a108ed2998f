--[==[
description: "string.char out of range and wrong types"
spec: [lib.string.char]
features: []
flags: []
negative: false
]==]
print(pcall(function() return string.char(256) end))
print(pcall(function() return string.char(-1) end))
print(pcall(function() return string.char(65, "x") end))
print(pcall(function() return string.char(65, nil) end))
