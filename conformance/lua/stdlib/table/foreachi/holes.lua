--[==[
description: "table.foreachi uses the table length, including nil values before it"
spec: [lib.table.foreachi]
features: []
flags: []
negative: false
]==]
local t = {1, 2, 3}
t[2] = nil
table.foreachi({1, 2, n = 9}, print)
print(table.foreachi({}, print))
