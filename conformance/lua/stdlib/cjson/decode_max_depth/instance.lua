--[==[
description: "decode_max_depth on an instance limits nesting when decoding"
spec: [lib.cjson.decode_max_depth]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {c.decode_max_depth(), c.decode_max_depth(2)}
r[3] = #c.decode("[[1]]")
r[4] = select(2, pcall(c.decode, "[[[1]]]"))
r[5] = select(2, pcall(c.decode, '{"a":{"b":{}}}'))
return r
