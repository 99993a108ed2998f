--[==[
description: "struct.unpack of s and c formats, B followed by c0, and a start position"
spec: [lib.struct.unpack]
features: []
flags: [redis]
negative: false
]==]
local s = struct.pack("c3 s", "xyz", "len")
local b, c, n = struct.unpack("c3 s", s)
local a = "-"
local d, n2 = struct.unpack("B", "\1\2\3", 2)
return {a, b, c, n, d, n2, struct.unpack("B c0", "\2hello")}
