--[==[
description: "encode_number_precision rejects values outside 1..14"
spec: [lib.cjson.encode_number_precision]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {}
r[1] = select(2, pcall(c.encode_number_precision, 0))
r[2] = select(2, pcall(c.encode_number_precision, 15))
r[3] = select(2, pcall(c.encode_number_precision, "a"))
return r
