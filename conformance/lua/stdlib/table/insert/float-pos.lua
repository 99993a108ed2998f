--[==[
description: "table.insert with a fractional position truncates"
spec: [lib.table.insert]
features: []
flags: []
negative: false
]==]
local t = {1, 2, 3}
table.insert(t, 2.9, "x")
print(table.concat(t, ","))
