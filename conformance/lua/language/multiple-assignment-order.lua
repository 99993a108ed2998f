--[==[
description: "in multiple assignment table fields are assigned after all expressions; evaluation order of targets"
spec: [lang.assign.multiple]
features: []
flags: []
negative: false
]==]
local t = {}
local i = 1
i, t[i], t[i + 1] = 10, "a", "b"
print(i, t[1], t[2], t[10], t[11])
local a, b, c = (function() return 1, 2 end)(), 3
print(a, b, c)
