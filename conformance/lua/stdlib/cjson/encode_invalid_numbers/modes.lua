--[==[
description: "encode_invalid_numbers off, on and null on an instance"
spec: [lib.cjson.encode_invalid_numbers]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {tostring(c.encode_invalid_numbers())}
r[2] = select(2, pcall(c.encode, 1/0))
r[3] = tostring(c.encode_invalid_numbers(true))
r[4] = c.encode({1/0, -1/0})
r[5] = c.encode_invalid_numbers("null")
r[6] = c.encode({1/0, 0/0})
return r
