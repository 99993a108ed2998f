--[==[
description: "string.lower argument errors and number coercion"
spec: [lib.string.lower]
features: []
flags: []
negative: false
]==]
print(string.lower(12), string.lower("ÀBC\0D"))
print(pcall(function() return string.lower() end))
print(pcall(function() return string.lower({}) end))
