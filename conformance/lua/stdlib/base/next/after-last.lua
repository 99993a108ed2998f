--[==[
description: "next after the last key of a one-element table"
spec: [lib.base.next]
features: []
flags: []
negative: false
]==]
local t = {only = true}
local k = next(t)
print(k, next(t, k))
