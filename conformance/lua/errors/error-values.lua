--[==[
description: "error() with non-string values keeps them as they are"
spec: [lib.base.error, err.error.value]
features: []
flags: []
negative: false
]==]
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, 42))
print(pcall(function() error(42) end))
print(pcall(function() error(true) end))
local t = {}
local ok, e = pcall(error, t)
print(ok, e == t)
print(select("#", pcall(error)))
