--[==[
description: "bit.rshift argument errors"
spec: [lib.bit.rshift]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(bit.rshift, 1))
r[2] = select(2, pcall(bit.rshift, 1, {}))
return r
