--[==[
description: "encode_keep_buffer rejects non-boolean values"
spec: [lib.cjson.encode_keep_buffer]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {}
r[1] = select(2, pcall(c.encode_keep_buffer, "maybe"))
r[2] = select(2, pcall(c.encode_keep_buffer, true, false))
r[3] = tostring(c.encode_keep_buffer("on"))
r[4] = tostring(c.encode_keep_buffer("off"))
return r
