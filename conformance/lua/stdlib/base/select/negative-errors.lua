--[==[
description: "select with negative indices beyond the count"
spec: [lib.base.select]
features: []
flags: []
negative: false
]==]
print(pcall(select, -2, "a"))
print(select(-1, "only"))
print(pcall(select, -1))
