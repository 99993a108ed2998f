--[==[
description: "math.log of zero, negatives and infinity"
spec: [lib.math.log]
features: []
flags: []
negative: false
]==]
local n = math.log(-1)
print(math.log(0), n ~= n, math.log(1/0))
