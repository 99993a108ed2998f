--[==[
description: "module errors: name conflict and bad argument"
spec: [lib.base.module]
features: []
flags: []
negative: false
]==]
redlua_taken = 5
print(pcall(module, "redlua_taken"))
print(pcall(function() module({}) end))
print(pcall(function() module() end))
