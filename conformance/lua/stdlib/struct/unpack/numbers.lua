--[==[
description: "struct.unpack of signed, unsigned, float and double values"
spec: [lib.struct.unpack]
features: []
flags: [redis]
negative: false
]==]
local s = struct.pack("<b B h H i I d f", -1, 255, -2, 65535, -3, 4000000000, 0.5, 0.25)
local t = {struct.unpack("<b B h H i I d f", s)}
for i = 1, #t do t[i] = tostring(t[i]) end
return t
