--[==[
description: "rawget requires a table and a key"
spec: [lib.base.rawget]
features: []
flags: []
negative: false
]==]
print(pcall(rawget, "s", 1))
print(pcall(rawget, {}))
print(pcall(rawget))
