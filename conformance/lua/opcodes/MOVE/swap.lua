--[==[
description: "multiple assignment swapping two locals goes through MOVE"
spec: [op.MOVE, lang.assign.multiple]
features: []
flags: []
negative: false
]==]
local x, y = "left", "right"
x, y = y, x
print(x, y)
local function f(p, q) local r = p; p = q; q = r; return p, q end
print(f(1, 2))
