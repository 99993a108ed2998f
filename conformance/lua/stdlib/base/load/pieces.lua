--[==[
description: "load reads a chunk from a function returning pieces"
spec: [lib.base.load]
features: []
flags: []
negative: false
]==]
local parts = {"return ", "1 ", "+ ", "2"}
local i = 0
local f = load(function() i = i + 1 return parts[i] end)
print(f())
print(load(function() return nil end)())
local fn, err = load(function() return nil end, "=empty")
print(type(fn))
