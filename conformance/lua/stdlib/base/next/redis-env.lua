--[==[
description: "next, pairs and ipairs inside an EVAL script"
spec: [lib.base.next, lib.base.pairs, lib.base.ipairs]
features: []
flags: [redis]
negative: false
]==]
local n = 0
for k, v in pairs({a = 1, b = 2}) do n = n + v end
local m = 0
for i, v in ipairs({5, 6, nil, 8}) do m = m + v end
return {n, m, tostring(next({})), select(2, pcall(next, {}, "x"))}
