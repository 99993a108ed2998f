--[==[
description: "pairs over string keys, collected and sorted"
spec: [lib.base.pairs]
features: []
flags: []
negative: false
]==]
local t = {x = 1, y = 2, z = 3, [1] = "one"}
local ks = {}
for k, v in pairs(t) do ks[#ks + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(ks)
print(table.concat(ks, " "))
