--[==[
description: "redis.setresp with a missing or invalid version"
spec: [lib.redis.setresp]
features: []
flags: [redis]
negative: false
]==]
local r = {}
local ok, e = pcall(redis.setresp)
r[1] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.setresp, 4)
r[2] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.setresp, "x")
r[3] = type(e) == "table" and tostring(e.err) or tostring(e)
return r
