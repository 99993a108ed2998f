--[==[
description: "table.sort on strings and with descending comparator"
spec: [lib.table.sort]
features: []
flags: []
negative: false
]==]
local t = {"pear", "apple", "fig", "Banana"}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local n = {}
for i = 1, 50 do n[i] = (i * 37) % 51 end
table.sort(n)
print(n[1], n[25], n[50])
