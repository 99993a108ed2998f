--[==[
description: "remove from the end, start and middle; empty tables"
spec: [lib.table.remove]
features: []
flags: []
negative: false
]==]
local t = {1, 2, 3, 4, 5}
print(table.remove(t), table.remove(t, 1), table.remove(t, 2), #t, t[1], t[2])
print(select("#", table.remove({})))
local u = {n = 1}
print(table.remove(u, 1))
