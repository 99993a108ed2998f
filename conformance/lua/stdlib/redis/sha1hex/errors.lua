--[==[
description: "redis.sha1hex with the wrong number of arguments"
spec: [lib.redis.sha1hex]
features: []
flags: [redis]
negative: false
]==]
local r = {}
local ok, e = pcall(redis.sha1hex)
r[1] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.sha1hex, "a", "b")
r[2] = type(e) == "table" and tostring(e.err) or tostring(e)
r[3] = redis.sha1hex(123)
return r
