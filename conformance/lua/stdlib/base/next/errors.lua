--[==[
description: "next with an invalid key or a non-table"
spec: [lib.base.next]
features: []
flags: []
negative: false
]==]
print(pcall(next, {1}, "nokey"))
print(pcall(next))
print(pcall(next, "x"))
