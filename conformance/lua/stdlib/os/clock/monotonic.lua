--[==[
description: "os.clock does not go backwards while working"
spec: [lib.os.clock]
features: []
flags: []
negative: false
]==]
local a = os.clock()
local s = 0
for i = 1, 100000 do s = s + i end
local b = os.clock()
print(b >= a, s)
