--[==[
description: "the redis table is read-only: LOG_* cannot be changed"
spec: [lib.redis.LOG_DEBUG, lib.redis.LOG_VERBOSE, lib.redis.LOG_NOTICE, lib.redis.LOG_WARNING]
features: []
flags: [redis]
negative: false
]==]
local ok, e = pcall(function() redis.LOG_WARNING = 0 end)
return {tostring(ok), tostring(e), redis.LOG_WARNING}
