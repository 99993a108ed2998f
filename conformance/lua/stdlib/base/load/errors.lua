--[==[
description: "load errors: syntax errors, non-string pieces, bad arguments"
spec: [lib.base.load]
features: []
flags: []
negative: false
]==]
local once = false
print(load(function() if once then return nil end once = true return "return +" end, "=chunk"))
print(pcall(load, function() return {} end))
print(pcall(load, "return 1"))
print(pcall(load))
