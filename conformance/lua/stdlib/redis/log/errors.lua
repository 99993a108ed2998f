--[==[
description: "redis.log with too few arguments or an invalid level"
spec: [lib.redis.log]
features: []
flags: [redis]
negative: false
]==]
local r = {}
local ok, e = pcall(redis.log)
r[1] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.log, 99, "x")
r[2] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.log, redis.LOG_NOTICE)
r[3] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.log, "notice", "x")
r[4] = type(e) == "table" and tostring(e.err) or tostring(e)
return r
