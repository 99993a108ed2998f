--[==[
description: "equality of numbers, strings, booleans, tables"
spec: [op.EQ, lang.equality]
features: []
flags: []
negative: false
]==]
local a, b = 1, 1.0
local t, u = {}, {}
print(a == b, "1" == 1, t == t, t == u, nil == false, "a" ~= "b")
