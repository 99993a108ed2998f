--[==[
description: "LOADBOOL loads true and false"
spec: [op.LOADBOOL]
features: []
flags: []
negative: false
]==]
local a = true
local b = false
print(a, b, not a)
