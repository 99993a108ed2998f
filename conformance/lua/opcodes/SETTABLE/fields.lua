--[==[
description: "SETTABLE with constant and register keys and values"
spec: [op.SETTABLE]
features: []
flags: []
negative: false
]==]
local t = {}
local k, v = "key", "value"
t.a = 1
t[k] = v
t[3] = t.a + 1
print(t.a, t.key, t[3])
