--[==[
description: "string.len argument errors"
spec: [lib.string.len]
features: []
flags: []
negative: false
]==]
print(pcall(function() return string.len() end))
print(pcall(function() return string.len(nil) end))
print(pcall(function() return string.len({}) end))
print(pcall(function() return string.len(true) end))
