--[==[
description: "bit.bor argument errors"
spec: [lib.bit.bor]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(bit.bor))
r[2] = select(2, pcall(bit.bor, true))
return r
