--[==[
description: "string.reverse argument errors"
spec: [lib.string.reverse]
features: []
flags: []
negative: false
]==]
print(pcall(function() return string.reverse() end))
print(pcall(function() return string.reverse({}) end))
