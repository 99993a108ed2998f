--[==[
description: "pack chooses the smallest encodings (hex of the output)"
spec: [lib.cmsgpack.pack]
features: []
flags: [redis]
negative: false
]==]
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
return {hex(cmsgpack.pack(1)), hex(cmsgpack.pack(-1)), hex(cmsgpack.pack(200)), hex(cmsgpack.pack(70000)),
  hex(cmsgpack.pack(-200)), hex(cmsgpack.pack(1.5)), hex(cmsgpack.pack(0.1)), hex(cmsgpack.pack("abc")),
  hex(cmsgpack.pack(true, false, nil)), hex(cmsgpack.pack({1, 2})), hex(cmsgpack.pack({a = 1})), hex(cmsgpack.pack(2^40))}
