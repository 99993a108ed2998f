--[==[
description: "bit.rol argument errors"
spec: [lib.bit.rol]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(bit.rol, 1))
r[2] = select(2, pcall(bit.rol, {}, 1))
return r
