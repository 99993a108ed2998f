--[==[
description: "bit.arshift argument errors"
spec: [lib.bit.arshift]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(bit.arshift, -1))
r[2] = select(2, pcall(bit.arshift))
return r
