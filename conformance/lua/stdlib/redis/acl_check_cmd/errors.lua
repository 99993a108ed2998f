--[==[
description: "redis.acl_check_cmd with no arguments, an unknown command or bad types"
spec: [lib.redis.acl_check_cmd]
features: []
flags: [redis]
negative: false
]==]
local r = {}
local ok, e = pcall(redis.acl_check_cmd)
r[1] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.acl_check_cmd, "nosuchcmd")
r[2] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.acl_check_cmd, {})
r[3] = type(e) == "table" and tostring(e.err) or tostring(e)
return r
