--[==[
description: "redis.call errors caught with pcall are tables with an err field"
spec: [lib.redis.call]
features: []
flags: [redis]
negative: false
]==]
local r = {}
local ok, e = pcall(redis.call, "NOSUCHCOMMAND")
r[1] = type(e) == "table" and e.err or tostring(e)
ok, e = pcall(redis.call)
r[2] = type(e) == "table" and e.err or tostring(e)
ok, e = pcall(redis.call, "GET", {})
r[3] = type(e) == "table" and e.err or tostring(e)
ok, e = pcall(redis.call, "GET")
r[4] = type(e) == "table" and e.err or tostring(e)
return r
