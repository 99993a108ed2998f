--[==[
description: "select with an out-of-range index or a bad selector"
spec: [lib.base.select]
features: []
flags: []
negative: false
]==]
print(pcall(select, 0, "a"))
print(pcall(select, -5, "a"))
print(pcall(select, "x"))
print(pcall(select))
