--[==[
description: "MOVE copies locals between registers"
spec: [op.MOVE]
features: []
flags: []
negative: false
]==]
local a = 10
local b = a
local c, d = b, a
b = 20
print(a, b, c, d)
