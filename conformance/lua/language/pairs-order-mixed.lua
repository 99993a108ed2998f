--[==[
description: "pairs order over a small table with string and integer keys"
spec: [lang.table.order, lib.base.pairs, lib.base.next]
features: []
flags: []
negative: false
]==]
local t = {1, 2, 3, a = "x", b = "y", c = "z", [10] = "ten"}
for k, v in pairs(t) do io.write(tostring(k), "=", tostring(v), " ") end print()
local u = {}
u.name = 1 u.age = 2 u.city = 3 u.zip = 4 u[1] = 5
for k, v in pairs(u) do io.write(tostring(k), "=", v, " ") end print()
