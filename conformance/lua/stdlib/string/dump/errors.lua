--[==[
description: "string.dump of a C function and of a non-function"
spec: [lib.string.dump]
features: []
flags: []
negative: false
]==]
print(pcall(string.dump, print))
print(pcall(function() return string.dump(1) end))
print(pcall(function() return string.dump() end))
