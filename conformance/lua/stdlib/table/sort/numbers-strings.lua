--[==[
description: "table.sort of numeric strings compares them as strings"
spec: [lib.table.sort]
features: []
flags: []
negative: false
]==]
local t = {"10", "9", "100", "1"}
table.sort(t)
print(table.concat(t, " "))
local n = {10, 9, 100, 1}
table.sort(n)
print(table.concat(n, " "))
