--[==[
description: "bit.bswap argument errors"
spec: [lib.bit.bswap]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(bit.bswap))
r[2] = select(2, pcall(bit.bswap, "q"))
return r
