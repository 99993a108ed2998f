--[==[
description: "REDIS_VERSION_NUM encodes the parts of REDIS_VERSION"
spec: [lib.redis.REDIS_VERSION, lib.redis.REDIS_VERSION_NUM]
features: []
flags: [redis]
negative: false
]==]
local a, b, c = redis.REDIS_VERSION:match("^(%d+)%.(%d+)%.(%d+)$")
return {tostring(tonumber(a) * 65536 + tonumber(b) * 256 + tonumber(c) == redis.REDIS_VERSION_NUM), type(redis.REDIS_VERSION), type(redis.REDIS_VERSION_NUM)}
