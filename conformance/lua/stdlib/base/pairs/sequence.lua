--[==[
description: "pairs over an array visits every index"
spec: [lib.base.pairs]
features: []
flags: []
negative: false
]==]
local t = {"a", "b", "c"}
local n, s = 0, 0
for k, v in pairs(t) do n = n + 1 s = s + k end
print(n, s)
local f, tt, k = pairs(t)
print(f == next, tt == t, k)
