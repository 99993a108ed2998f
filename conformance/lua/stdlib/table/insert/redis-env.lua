--[==[
description: "table.insert and table.remove inside an EVAL script"
spec: [lib.table.insert, lib.table.remove]
features: []
flags: [redis]
negative: false
]==]
local t = {}
table.insert(t, "a") table.insert(t, 1, "b")
local r = table.remove(t)
return {table.concat(t, ","), r, select(2, pcall(table.insert, t, 1, 2, 3))}
