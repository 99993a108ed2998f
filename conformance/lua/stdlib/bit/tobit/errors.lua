--[==[
description: "bit.tobit argument errors"
spec: [lib.bit.tobit]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(bit.tobit))
r[2] = select(2, pcall(bit.tobit, {}))
r[3] = select(2, pcall(bit.tobit, nil))
return r
