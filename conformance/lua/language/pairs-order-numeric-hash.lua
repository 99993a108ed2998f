--[==[
description: "pairs order with negative, fractional and sparse integer keys in the hash part"
spec: [lang.table.order]
features: []
flags: []
negative: false
]==]
local t = {}
t[-1] = "a" t[0] = "b" t[1.5] = "c" t[100] = "d" t[3] = "e" t[1] = "f" t[2] = "g" t[1e10] = "h"
for k, v in pairs(t) do io.write(tostring(k), "=", v, " ") end print()
