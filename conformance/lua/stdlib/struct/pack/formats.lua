--[==[
description: "struct.pack with integer, float and string options (hex output)"
spec: [lib.struct.pack]
features: []
flags: [redis]
negative: false
]==]
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
return {hex(struct.pack("<i", 1)), hex(struct.pack(">I2", 258)), hex(struct.pack("b", -1)), hex(struct.pack("<d", 1.5)),
  hex(struct.pack("s", "ab")), hex(struct.pack("c3", "xyz")), hex(struct.pack("<!4 b i", 1, 2)), hex(struct.pack("<f", 0.5))}
