--[==[
description: "concat with separators and ranges; numbers allowed"
spec: [lib.table.concat]
features: []
flags: []
negative: false
]==]
print(table.concat({1, 2, 3}), table.concat({"a", "b"}, ", "), table.concat({1, 2, 3, 4}, "-", 2, 3))
print(table.concat({}, "x") == "", table.concat({1, 2}, "", 3) == "", table.concat({1.5, "x"}, " "))
