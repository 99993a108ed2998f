--[==[
description: "struct.unpack argument errors"
spec: [lib.struct.unpack]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(struct.unpack))
r[2] = select(2, pcall(struct.unpack, "i"))
r[3] = select(2, pcall(struct.unpack, "z", "abc"))
r[4] = select(2, pcall(struct.unpack, "B", "a", 5))
return r
