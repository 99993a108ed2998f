--[==[
description: "foreach and foreachi call a function per element"
spec: [lib.table.foreach, lib.table.foreachi]
features: []
flags: []
negative: false
]==]
table.foreachi({"a", "b"}, print)
print(table.foreachi({1, 2, 3}, function(i, v) if v == 2 then return "stop" end end))
table.foreach({10}, print)
