--[==[
description: "maxn returns the largest positive numeric key"
spec: [lib.table.maxn]
features: []
flags: []
negative: false
]==]
print(table.maxn({1, 2, [10] = 3, [2.5] = 4}), table.maxn({}), table.maxn({[-1] = 1}))
