--[==[
description: "table.foreach argument errors"
spec: [lib.table.foreach]
features: []
flags: []
negative: false
]==]
print(pcall(function() return table.foreach() end))
print(pcall(function() return table.foreach({}, 1) end))
print(pcall(function() return table.foreach(1, print) end))
