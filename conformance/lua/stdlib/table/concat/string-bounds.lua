--[==[
description: "table.concat with numeric string bounds and a number separator"
spec: [lib.table.concat]
features: []
flags: []
negative: false
]==]
print(table.concat({"a", "b", "c"}, 1, "2", "3"))
print(pcall(table.concat, {"a"}, "", "x"))
