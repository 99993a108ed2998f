--[==[
description: "decode_invalid_numbers controls Infinity, NaN and hexadecimal input"
spec: [lib.cjson.decode_invalid_numbers]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {tostring(c.decode_invalid_numbers())}
r[2] = tostring(c.decode("Infinity"))
r[3] = tostring(c.decode("-Infinity"))
r[4] = tostring(c.decode("0x20"))
r[5] = tostring(c.decode_invalid_numbers(false))
r[6] = select(2, pcall(c.decode, "Infinity"))
r[7] = select(2, pcall(c.decode, "0x20"))
return r
