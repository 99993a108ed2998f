--[==[
description: "not of each kind of value"
spec: [op.NOT]
features: []
flags: []
negative: false
]==]
local a, b, c, d, e = nil, false, 0, "", {}
print(not a, not b, not c, not d, not e)
print(not not a, not not c)
