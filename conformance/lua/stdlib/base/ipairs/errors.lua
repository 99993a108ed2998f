--[==[
description: "ipairs requires a table"
spec: [lib.base.ipairs]
features: []
flags: []
negative: false
]==]
print(pcall(ipairs))
print(pcall(ipairs, "str"))
print(pcall(function() for i in ipairs(nil) do end end))
