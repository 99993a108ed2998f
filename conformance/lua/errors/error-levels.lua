--[==[
description: "error() with levels 0, 1, 2 and default"
spec: [lib.base.error, err.error.level]
features: []
flags: []
negative: false
]==]
local function lvl(n) error("msg", n) end
local function caller(n) lvl(n) end
print(pcall(caller, 0))
print(pcall(caller, 1))
print(pcall(caller, 2))
print(pcall(function() error("default") end))
print(pcall(function() error("three", 3) end))
