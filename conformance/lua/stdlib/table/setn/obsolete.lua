--[==[
description: "table.setn is obsolete and raises an error"
spec: [lib.table.setn]
features: []
flags: []
negative: false
]==]
print(pcall(table.setn, {}, 3))
