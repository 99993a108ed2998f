--[==[
description: "table.sort with a comparator on records (ties resolved deterministically by key)"
spec: [lib.table.sort]
features: []
flags: []
negative: false
]==]
local recs = {{n = "c", v = 2}, {n = "a", v = 1}, {n = "b", v = 2}, {n = "d", v = 0}}
table.sort(recs, function(x, y) if x.v ~= y.v then return x.v < y.v end return x.n < y.n end)
for _, r in ipairs(recs) do io.write(r.n, r.v, " ") end print()
