--[==[
description: "table.remove with a position given as a string"
spec: [lib.table.remove]
features: []
flags: []
negative: false
]==]
local t = {"a", "b", "c"}
print(table.remove(t, "1"), table.concat(t, ","))
