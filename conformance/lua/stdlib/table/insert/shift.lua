--[==[
description: "table.insert in the middle shifts following elements"
spec: [lib.table.insert]
features: []
flags: []
negative: false
]==]
local t = {1, 2, 3, 4, 5}
table.insert(t, 3, "x")
print(table.concat(t, ","), #t)
table.insert(t, 1, "first")
print(table.concat(t, ","), #t)
