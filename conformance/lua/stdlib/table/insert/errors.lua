--[==[
description: "insert with a bad table or position"
spec: [lib.table.insert]
features: []
flags: []
negative: false
]==]
print(pcall(table.insert, {}, 1, 2, 3))
print(pcall(table.insert, "x", 1))
local t = {1, 2}
table.insert(t, 10, "far")
print(#t, t[10])
