--[==[
description: "table.concat with separators, ranges, numbers and empty ranges"
spec: [lib.table.concat]
features: []
flags: []
negative: false
]==]
print(table.concat({1, 2, 3}, ", "))
print(table.concat({"a", "b", "c"}, "", 2, 3))
print(table.concat({}, "x") == "", table.concat({1, 2}, "-", 3, 2) == "")
print(table.concat({1.5, "x", 10}, 0))
