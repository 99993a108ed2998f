--[==[
description: "getn is the length operator"
spec: [lib.table.getn]
features: []
flags: []
negative: false
]==]
print(table.getn({1, 2, 3}), table.getn({}))
