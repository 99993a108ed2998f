--[==[
description: "decode_invalid_numbers rejects non-boolean settings"
spec: [lib.cjson.decode_invalid_numbers]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {}
r[1] = select(2, pcall(c.decode_invalid_numbers, "null"))
r[2] = select(2, pcall(c.decode_invalid_numbers, 2))
r[3] = select(2, pcall(c.decode_invalid_numbers, false, 1))
return r
