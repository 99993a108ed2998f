--[==[
description: "type without an argument"
spec: [lib.base.type]
features: []
flags: []
negative: false
]==]
print(pcall(type))
print(pcall(function() return type() end))
