--[==[
description: "explicit nil assignment to locals"
spec: [op.LOADNIL]
features: []
flags: []
negative: false
]==]
local a, b = 1, 2
print(a, b)
a, b = nil
print(a, b)
