--[==[
description: "rawset errors: nil and NaN keys, non-table, missing value"
spec: [lib.base.rawset]
features: []
flags: []
negative: false
]==]
print(pcall(rawset, {}, nil, 1))
print(pcall(rawset, {}, 0/0, 1))
print(pcall(rawset, 1, 1, 1))
print(pcall(rawset, {}, 1))
