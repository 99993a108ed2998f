--[==[
description: "string.upper argument errors"
spec: [lib.string.upper]
features: []
flags: []
negative: false
]==]
print(pcall(function() return string.upper() end))
print(pcall(function() return string.upper(false) end))
