--[==[
description: "struct.pack with endianness, padding, c0 strings and lengths"
spec: [lib.struct.pack]
features: []
flags: [redis]
negative: false
]==]
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
return {hex(struct.pack(">i4", -2)), hex(struct.pack("<I3", 0x010203)), hex(struct.pack("c0", "ab")), hex(struct.pack("xBx", 7)),
  hex(struct.pack(">h", 1)), hex(struct.pack("<l", 1):sub(1, 1)), hex(struct.pack("i1s", 5, "")), hex(struct.pack(">c2", "xy"))}
