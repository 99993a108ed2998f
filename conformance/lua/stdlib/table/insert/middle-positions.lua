--[==[
description: "table.insert at front, middle, end and beyond"
spec: [lib.table.insert]
features: []
flags: []
negative: false
]==]
local t = {}
table.insert(t, "a")
table.insert(t, 1, "b")
table.insert(t, 2, "c")
table.insert(t, #t + 1, "d")
print(table.concat(t, ","), #t)
table.insert(t, 10, "z")
print(t[10], #t == 4 or #t == 10)
