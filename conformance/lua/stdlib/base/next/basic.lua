--[==[
description: "next on empty and non-empty tables"
spec: [lib.base.next]
features: []
flags: []
negative: false
]==]
print(next({}))
print(next({10}))
print(next({10}, 1))
print(pcall(next))
