--[==[
description: "bit.lshift argument errors"
spec: [lib.bit.lshift]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(bit.lshift, 1))
r[2] = select(2, pcall(bit.lshift))
r[3] = select(2, pcall(bit.lshift, "a", 1))
return r
