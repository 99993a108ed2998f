--[==[
description: "redis.acl_check_cmd with a wrong number of command arguments"
spec: [lib.redis.acl_check_cmd]
features: []
flags: [redis]
negative: false
]==]
local r = {}
local ok, e = pcall(redis.acl_check_cmd, "get")
r[1] = tostring(ok)
r[2] = type(e) == "table" and tostring(e.err) or tostring(e)
return r
