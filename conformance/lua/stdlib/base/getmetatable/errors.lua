--[==[
description: "getmetatable without an argument"
spec: [lib.base.getmetatable]
features: []
flags: []
negative: false
]==]
print(pcall(getmetatable))
print(pcall(function() return getmetatable() end))
