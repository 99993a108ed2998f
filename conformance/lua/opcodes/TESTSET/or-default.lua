--[==[
description: "x = a or b assigns through TESTSET"
spec: [op.TESTSET, lang.logic]
features: []
flags: []
negative: false
]==]
local a, b = nil, "default"
local x
x = a or b
local y
y = b and a
print(x, y)
