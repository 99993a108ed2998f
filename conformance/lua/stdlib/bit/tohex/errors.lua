--[==[
description: "bit.tohex argument errors"
spec: [lib.bit.tohex]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(bit.tohex))
r[2] = select(2, pcall(bit.tohex, "zz"))
r[3] = select(2, pcall(bit.tohex, 1, "w"))
return r
