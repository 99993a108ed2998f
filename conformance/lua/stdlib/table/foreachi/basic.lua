--[==[
description: "table.foreachi visits 1..n in order"
spec: [lib.table.foreachi]
features: []
flags: []
negative: false
]==]
table.foreachi({"a", "b", "c", x = 1}, print)
print(table.foreachi({5, 6, 7}, function(i, v) if v == 6 then return i * 100 end end))
