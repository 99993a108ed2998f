--[==[
description: "table.getn on empty, sequence and table with n field"
spec: [lib.table.getn]
features: []
flags: []
negative: false
]==]
print(table.getn({}), table.getn({1, 2, 3}), table.getn({n = 5}), table.getn({1, nil, 3}))
