--[==[
description: "sort with a comparator (descending, by field)"
spec: [lib.table.sort]
features: []
flags: []
negative: false
]==]
local t = {5, 2, 8, 1, 9, 3}
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local people = {{n = "b", a = 2}, {n = "a", a = 3}, {n = "c", a = 1}}
table.sort(people, function(x, y) return x.a < y.a end)
for _, p in ipairs(people) do io.write(p.n) end print()
