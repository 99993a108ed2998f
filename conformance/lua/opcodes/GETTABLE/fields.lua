--[==[
description: "GETTABLE with constant and register keys"
spec: [op.GETTABLE]
features: []
flags: []
negative: false
]==]
local t = {10, 20, x = "ex", [true] = "yes"}
local k = 2
print(t[1], t[k], t.x, t[true], t.missing)
