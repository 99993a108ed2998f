--[==[
description: "string.gfind requires string arguments"
spec: [lib.string.gfind]
features: []
flags: []
negative: false
]==]
print(pcall(function() return string.gfind() end))
print(pcall(function() return string.gfind("a", {}) end))
