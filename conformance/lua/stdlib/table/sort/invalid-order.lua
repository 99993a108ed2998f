--[==[
description: "table.sort with an inconsistent comparator raises 'invalid order function'"
spec: [lib.table.sort]
features: []
flags: []
negative: false
]==]
local t = {}
for i = 1, 20 do t[i] = 21 - i end
print(pcall(table.sort, t, function(a, b) return true end))
