--[==[
description: "bit.bnot argument errors"
spec: [lib.bit.bnot]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(bit.bnot))
r[2] = select(2, pcall(bit.bnot, "x1"))
return r
