--[==[
description: "bit.ror argument errors"
spec: [lib.bit.ror]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(bit.ror))
r[2] = select(2, pcall(bit.ror, 1, "r"))
return r
