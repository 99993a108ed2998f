--[==[
description: "sort numbers and strings with the default order"
spec: [lib.table.sort]
features: []
flags: []
negative: false
]==]
local t = {5, 2, 8, 1, 9, 3}
table.sort(t)
print(table.concat(t, " "))
local s = {"banana", "apple", "Cherry", "date"}
table.sort(s)
print(table.concat(s, " "))
