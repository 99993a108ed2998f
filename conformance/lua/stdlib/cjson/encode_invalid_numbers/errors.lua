--[==[
description: "encode_invalid_numbers rejects unknown settings"
spec: [lib.cjson.encode_invalid_numbers]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {}
r[1] = select(2, pcall(c.encode_invalid_numbers, "sometimes"))
r[2] = select(2, pcall(c.encode_invalid_numbers, 1))
r[3] = select(2, pcall(c.encode_invalid_numbers, true, true))
return r
