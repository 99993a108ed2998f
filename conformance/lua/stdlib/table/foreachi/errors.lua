--[==[
description: "table.foreachi argument errors"
spec: [lib.table.foreachi]
features: []
flags: []
negative: false
]==]
print(pcall(function() return table.foreachi() end))
print(pcall(function() return table.foreachi({}, "f") end))
print(pcall(function() return table.foreachi({1}, function() error("inside") end) end))
