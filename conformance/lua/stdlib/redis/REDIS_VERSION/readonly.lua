--[==[
description: "REDIS_VERSION cannot be modified"
spec: [lib.redis.REDIS_VERSION, lib.redis.REDIS_VERSION_NUM]
features: []
flags: [redis]
negative: false
]==]
local ok, e = pcall(function() redis.REDIS_VERSION = "9" end)
return {tostring(ok), tostring(e)}
