--[==[
description: "table.remove shifts elements down and returns the removed one"
spec: [lib.table.remove]
features: []
flags: []
negative: false
]==]
local t = {"a", "b", "c", "d"}
print(table.remove(t, 2), table.concat(t, ","), #t)
print(table.remove(t, #t), table.concat(t, ","), #t)
