--[==[
description: "os.clock returns a non-negative number"
spec: [lib.os.clock]
features: []
flags: []
negative: false
]==]
local c = os.clock()
print(type(c), c >= 0)
