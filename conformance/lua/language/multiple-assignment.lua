--[==[
description: "multiple assignment evaluates all expressions before assigning"
spec: [lang.assign.multiple]
features: []
flags: []
negative: false
]==]
local a, b, c = 1, 2
print(a, b, c)
a, b = b, a
print(a, b)
local t = {1, 2}
local i = 1
i, t[i] = i + 1, 20
print(i, t[1], t[2])
local x, y = (function() return 1, 2, 3 end)()
print(x, y)
