--[==[
description: "struct errors: invalid option, no fixed size, data too short"
spec: [lib.struct.unpack, lib.struct.pack, lib.struct.size]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(struct.pack, "q", 1))
r[2] = select(2, pcall(struct.size, "s"))
r[3] = select(2, pcall(struct.unpack, "i4", "ab"))
r[4] = select(2, pcall(struct.pack, "c0", "x"))
return r
