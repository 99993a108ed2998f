--[==[
description: "select with positive, negative and # indices"
spec: [lib.base.select]
features: []
flags: []
negative: false
]==]
print(select("#"), select("#", nil), select("#", 1, nil, 3))
print(select(2, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(5, 1, 2))
print(pcall(select, -5, 1))
print(pcall(select, "x"))
