--[==[
description: "cmsgpack.pack chooses formats by size: strings, arrays, maps, floats"
spec: [lib.cmsgpack.pack]
features: []
flags: [redis]
negative: false
]==]
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
return {hex(cmsgpack.pack(string.rep("a", 32)):sub(1, 6)), hex(cmsgpack.pack(string.rep("a", 256)):sub(1, 6)),
  #cmsgpack.pack(string.rep("a", 70000)), hex(cmsgpack.pack({})), hex(cmsgpack.pack(-32)), hex(cmsgpack.pack(-33)),
  hex(cmsgpack.pack(127)), hex(cmsgpack.pack(128)), hex(cmsgpack.pack(65536)), hex(cmsgpack.pack(-2^31 - 1))}
