--[==[
description: "deprecated table functions exist in Redis"
spec: [lib.table.getn, lib.table.maxn, lib.table.foreachi]
features: []
flags: [redis]
negative: false
]==]
local n = 0
table.foreachi({4, 5, 6}, function(i, v) n = n + v end)
return {table.getn({1, 2, 3}), table.maxn({[7] = 1}), n, select(2, pcall(table.setn, {}, 1))}
