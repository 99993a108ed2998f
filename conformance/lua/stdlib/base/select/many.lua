--[==[
description: "select with many values and a float index"
spec: [lib.base.select]
features: []
flags: []
negative: false
]==]
print(select(2.7, "a", "b", "c"))
print(select("#", unpack({1, 2, 3, nil, 5}, 1, 5)))
