--[==[
description: "encode_max_depth rejects zero, negative and non-numeric limits"
spec: [lib.cjson.encode_max_depth]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {}
r[1] = select(2, pcall(c.encode_max_depth, 0))
r[2] = select(2, pcall(c.encode_max_depth, -3))
r[3] = select(2, pcall(c.encode_max_depth, "x"))
r[4] = select(2, pcall(c.encode_max_depth, 1, 2))
return r
