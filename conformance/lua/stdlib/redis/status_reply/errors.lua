--[==[
description: "redis.status_reply with wrong arguments"
spec: [lib.redis.status_reply]
features: []
flags: [redis]
negative: false
]==]
local r = {}
local ok, e = pcall(redis.status_reply)
r[1] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.status_reply, "a", "b")
r[2] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.status_reply, {})
r[3] = type(e) == "table" and tostring(e.err) or tostring(e)
return r
