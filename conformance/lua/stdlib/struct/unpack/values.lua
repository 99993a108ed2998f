--[==[
description: "struct.unpack returns the values and the next position"
spec: [lib.struct.unpack, lib.struct.size]
features: []
flags: [redis]
negative: false
]==]
local s = struct.pack("<i2 s B", -2, "hi", 200)
local a, b, c, nxt = struct.unpack("<i2 s B", s)
return {a, b, c, nxt, struct.unpack(">I2", "\1\2"), struct.size("<i2 d c5")}
