--[==[
description: "not of constants is folded into LOADBOOL"
spec: [lang.constant-folding, op.LOADBOOL]
features: []
flags: []
negative: false
]==]
local a = not nil
local b = not 1
local c = not not "x"
print(a, b, c)
