--[==[
description: "load calls the reader until it returns nil or an empty string"
spec: [lib.base.load]
features: []
flags: []
negative: false
]==]
local parts = {"return ", "1 ", "+ 41"}
local i = 0
local f = load(function() i = i + 1 return parts[i] end)
print(f(), i)
print(load(function() return nil end)())
print(pcall(load, function() return {} end))
