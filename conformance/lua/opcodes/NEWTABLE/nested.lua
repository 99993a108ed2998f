--[==[
description: "nested constructors"
spec: [op.NEWTABLE]
features: []
flags: []
negative: false
]==]
local t = {{1, 2}, {3, {4, 5}}, k = {v = "deep"}}
print(t[1][2], t[2][2][1], t[2][2][2], t.k.v)
