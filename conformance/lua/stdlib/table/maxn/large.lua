--[==[
description: "table.maxn with large numeric keys"
spec: [lib.table.maxn]
features: []
flags: []
negative: false
]==]
print(table.maxn({[1e10] = true, [5] = 1}), table.maxn({[2^53] = 1}))
