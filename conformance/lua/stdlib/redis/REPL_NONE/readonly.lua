--[==[
description: "REPL_* constants cannot be modified; an invalid combination is rejected"
spec: [lib.redis.REPL_NONE, lib.redis.REPL_AOF, lib.redis.REPL_SLAVE, lib.redis.REPL_REPLICA, lib.redis.REPL_ALL]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(function() redis.REPL_ALL = 7 end))
local ok, e = pcall(redis.set_repl, redis.REPL_ALL + 1)
r[2] = type(e) == "table" and tostring(e.err) or tostring(e)
return r
