--[==[
description: "table.sort inside an EVAL script with and without a comparator"
spec: [lib.table.sort]
features: []
flags: [redis]
negative: false
]==]
local t = {5, 3, 9, 1}
table.sort(t)
local u = {"b", "a", "c"}
table.sort(u, function(x, y) return x > y end)
return {table.concat(t, ","), table.concat(u, ","), select(2, pcall(table.sort, {1, "x"}))}
