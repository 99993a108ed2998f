--[==[
description: "struct.size of variable-size formats and bad arguments"
spec: [lib.struct.size]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(struct.size, "z"))
r[2] = select(2, pcall(struct.size, "c0"))
r[3] = select(2, pcall(struct.size))
r[4] = select(2, pcall(struct.size, "i99"))
return r
