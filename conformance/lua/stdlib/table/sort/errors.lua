--[==[
description: "sort with incomparable values"
spec: [lib.table.sort]
features: []
flags: []
negative: false
]==]
print(pcall(table.sort, {1, "2", 3}))
print(pcall(table.sort, {{}, {}}))
