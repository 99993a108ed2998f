--[==[
description: "table.remove from front, middle, end and from an empty table"
spec: [lib.table.remove]
features: []
flags: []
negative: false
]==]
local t = {1, 2, 3, 4}
print(table.remove(t, 1), table.concat(t, ","))
print(table.remove(t), table.concat(t, ","))
print(table.remove(t, 2), table.concat(t, ","))
print(table.remove({}), select('#', table.remove({})))
print(table.remove({1, 2}, 5))
