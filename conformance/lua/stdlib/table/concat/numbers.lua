--[==[
description: "table.concat formats numbers with %.14g"
spec: [lib.table.concat]
features: []
flags: []
negative: false
]==]
print(table.concat({1/3, 1e100, -0.0, 2^53}, " "))
