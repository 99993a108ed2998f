--[==[
description: "select with negative indices and '#'"
spec: [lib.base.select]
features: []
flags: []
negative: false
]==]
print(select(-1, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(select('#'), select('#', nil, nil))
print(select(2, "a", "b", "c"))
print(select(4, "a", "b", "c"))
