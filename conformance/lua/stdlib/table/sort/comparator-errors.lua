--[==[
description: "table.sort with an invalid order function and incomparable values"
spec: [lib.table.sort]
features: []
flags: []
negative: false
]==]
print(pcall(table.sort, {3, 1, "x"}))
print(pcall(table.sort, {{}, {}}))
print(pcall(function() return table.sort({1, 2}, 3) end))
print(pcall(function() return table.sort() end))
local t = {5, 2, 8, 1}
print(pcall(table.sort, t, function(a, b) error("cmp") end))
