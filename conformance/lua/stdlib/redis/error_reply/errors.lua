--[==[
description: "redis.error_reply with a wrong argument"
spec: [lib.redis.error_reply]
features: []
flags: [redis]
negative: false
]==]
local r = {}
local ok, e = pcall(redis.error_reply)
r[1] = tostring(ok)
r[2] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.error_reply, {})
r[3] = type(e) == "table" and tostring(e.err) or tostring(e)
return r
