--[==[
description: "next on empty tables, arrays and after the last key"
spec: [lib.base.next]
features: []
flags: []
negative: false
]==]
print(next({}))
local t = {10, 20}
print(next(t))
print(next(t, 1))
print(next(t, 2))
print(next({}, nil))
