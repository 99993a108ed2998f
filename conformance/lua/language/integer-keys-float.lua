--[==[
description: "float keys with integral values are normalised; 2^53 neighbours"
spec: [lang.table.keys]
features: []
flags: []
negative: false
]==]
local t = {}
t[1.0] = "a" t[2] = "b" t[0.5] = "c" t[-0.0] = "negzero"
print(t[1], t[2.0], t[0.5], t[0], #t)
