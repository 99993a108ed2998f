--[==[
description: "decode_max_depth rejects invalid limits"
spec: [lib.cjson.decode_max_depth]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {}
r[1] = select(2, pcall(c.decode_max_depth, 0))
r[2] = select(2, pcall(c.decode_max_depth, {}))
r[3] = select(2, pcall(c.decode_max_depth, 5, 6))
return r
