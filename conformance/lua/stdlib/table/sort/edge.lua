--[==[
description: "table.sort of empty, single and already sorted tables"
spec: [lib.table.sort]
features: []
flags: []
negative: false
]==]
local e, s, d = {}, {1}, {1, 2, 3, 4, 5}
table.sort(e) table.sort(s) table.sort(d)
print(#e, s[1], table.concat(d, ","))
local m = {3, 1, 2, 3, 1}
table.sort(m)
print(table.concat(m, ","))
