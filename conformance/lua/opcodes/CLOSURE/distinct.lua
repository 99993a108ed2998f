--[==[
description: "each evaluation of a function expression creates a distinct closure"
spec: [op.CLOSURE]
features: []
flags: []
negative: false
]==]
local fs = {}
for i = 1, 2 do fs[i] = function() end end
print(fs[1] == fs[2], fs[1] == fs[1])
