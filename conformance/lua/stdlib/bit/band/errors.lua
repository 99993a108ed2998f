--[==[
description: "bit.band argument errors"
spec: [lib.bit.band]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(bit.band))
r[2] = select(2, pcall(bit.band, 1, "x"))
r[3] = select(2, pcall(bit.band, 1, 2, {}))
return r
