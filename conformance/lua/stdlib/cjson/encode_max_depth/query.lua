--[==[
description: "encode_max_depth returns the current limit and sets a new one on an instance"
spec: [lib.cjson.encode_max_depth]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {c.encode_max_depth(), c.encode_max_depth(3)}
r[3] = c.encode({{{1}}})
r[4] = select(2, pcall(c.encode, {{{{1}}}}))
r[5] = cjson.encode_max_depth()
return r
