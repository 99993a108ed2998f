--[==[
description: "generic for evaluates the explist once; assigning existing fields during traversal is allowed"
spec: [lang.for.generic]
features: []
flags: []
negative: false
]==]
local t = {a = 1, b = 2, c = 3}
local sum = 0
for k, v in pairs(t) do t[k] = v * 2 sum = sum + v end
print(sum, t.a + t.b + t.c)
