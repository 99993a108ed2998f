--[==[
description: "string.format with a non-string format and a table for %s"
spec: [lib.string.format]
features: []
flags: []
negative: false
]==]
print(pcall(function() return string.format() end))
print(pcall(function() return string.format("%s", {}) end))
print(pcall(function() return string.format("%d", {}) end))
print(pcall(function() return string.format("%c") end))
