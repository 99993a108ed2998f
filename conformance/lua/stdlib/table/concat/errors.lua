--[==[
description: "table.concat errors: invalid values and bad arguments"
spec: [lib.table.concat]
features: []
flags: []
negative: false
]==]
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.concat, {1, 2}, ",", 1, 3))
print(pcall(function() return table.concat() end))
print(pcall(function() return table.concat({}, {}) end))
print(pcall(table.concat, {true}))
