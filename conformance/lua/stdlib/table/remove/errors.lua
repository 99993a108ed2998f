--[==[
description: "table.remove argument errors"
spec: [lib.table.remove]
features: []
flags: []
negative: false
]==]
print(pcall(function() return table.remove() end))
print(pcall(function() return table.remove({1}, "x") end))
print(pcall(function() return table.remove("t") end))
