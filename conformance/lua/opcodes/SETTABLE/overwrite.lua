--[==[
description: "overwriting and removing fields"
spec: [op.SETTABLE]
features: []
flags: []
negative: false
]==]
local t = {a = 1}
t.a = nil
t.b = 2
t.b = 3
print(t.a, t.b)
