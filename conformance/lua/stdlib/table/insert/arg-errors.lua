--[==[
description: "table.insert wrong number of arguments and non-table"
spec: [lib.table.insert]
features: []
flags: []
negative: false
]==]
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(function() return table.insert(1, 2) end))
print(pcall(function() return table.insert({}) end))
print(pcall(function() return table.insert({}, "x", 1) end))
