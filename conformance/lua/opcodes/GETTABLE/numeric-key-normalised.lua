--[==[
description: "float keys equal to integers reach the same slot"
spec: [op.GETTABLE, lang.table.keys]
features: []
flags: []
negative: false
]==]
local t = {}
t[1] = "one"
t[2.0] = "two"
print(t[1.0], t[2], #t)
