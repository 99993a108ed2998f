--[==[
description: "table.maxn with float and negative keys, holes and empty tables"
spec: [lib.table.maxn]
features: []
flags: []
negative: false
]==]
print(table.maxn({}), table.maxn({1, 2, nil, 4}), table.maxn({[1.5] = 1, [-3] = 2}), table.maxn({[100] = 1, a = 2}))
