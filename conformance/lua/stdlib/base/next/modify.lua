--[==[
description: "next tolerates clearing fields during traversal"
spec: [lib.base.next]
features: []
flags: []
negative: false
]==]
local t = {a = 1, b = 2, c = 3}
local n = 0
for k in pairs(t) do t[k] = nil n = n + 1 end
print(n, next(t))
