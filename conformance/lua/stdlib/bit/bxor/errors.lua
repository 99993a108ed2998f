--[==[
description: "bit.bxor argument errors"
spec: [lib.bit.bxor]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(bit.bxor))
r[2] = select(2, pcall(bit.bxor, 1, nil))
return r
