--[==[
description: "pairs visits the array part in order first"
spec: [lang.table.order, lib.base.pairs]
features: []
flags: []
negative: false
]==]
local t = {10, 20, 30, 40}
for k, v in pairs(t) do io.write(k, "=", v, " ") end print()
