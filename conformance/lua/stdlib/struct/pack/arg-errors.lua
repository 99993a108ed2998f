--[==[
description: "struct.pack argument errors"
spec: [lib.struct.pack]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(struct.pack))
r[2] = select(2, pcall(struct.pack, "i"))
r[3] = select(2, pcall(struct.pack, "i", "x"))
r[4] = select(2, pcall(struct.pack, "c2", "x"))
r[5] = select(2, pcall(struct.pack, "i17", 1))
return r
