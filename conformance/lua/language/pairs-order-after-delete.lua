--[==[
description: "next continues correctly when fields are cleared during traversal"
spec: [lang.table.order, lib.base.next]
features: []
flags: []
negative: false
]==]
local t = {a = 1, b = 2, c = 3, d = 4, e = 5}
local n = 0
for k in pairs(t) do t[k] = nil n = n + 1 end
print(n, next(t))
