--[==[
description: "insert at the end and at positions"
spec: [lib.table.insert]
features: []
flags: []
negative: false
]==]
local t = {}
table.insert(t, "a")
table.insert(t, "c")
table.insert(t, 2, "b")
table.insert(t, 1, "z")
print(#t, table.concat(t, ","))
table.insert(t, #t + 1, "end")
print(table.concat(t, ","))
