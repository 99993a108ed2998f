--[==[
description: "encode_keep_buffer returns the setting; encoding works either way"
spec: [lib.cjson.encode_keep_buffer]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {tostring(c.encode_keep_buffer())}
r[2] = tostring(c.encode_keep_buffer(false))
r[3] = c.encode({1, "x"})
r[4] = tostring(c.encode_keep_buffer(true))
r[5] = c.encode({2})
return r
