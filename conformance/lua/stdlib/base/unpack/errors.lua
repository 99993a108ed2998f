--[==[
description: "unpack errors: too many results, non-table"
spec: [lib.base.unpack]
features: []
flags: []
negative: false
]==]
print(pcall(unpack, {}, 1, 1e8))
print(pcall(unpack, "abc"))
print(pcall(unpack))
