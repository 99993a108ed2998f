--[==[
description: "searchers require a string name"
spec: [lib.package.loaders]
features: []
flags: []
negative: false
]==]
local s = package.loaders
print(pcall(function() return type(s), #s end))
print(pcall(require, {}))
