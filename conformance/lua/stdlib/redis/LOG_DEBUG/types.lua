--[==[
description: "the redis.LOG_* constants are numbers usable with redis.log"
spec: [lib.redis.LOG_DEBUG, lib.redis.LOG_VERBOSE, lib.redis.LOG_NOTICE, lib.redis.LOG_WARNING]
features: []
flags: [redis]
negative: false
]==]
local r = {}
for _, l in ipairs({redis.LOG_DEBUG, redis.LOG_VERBOSE, redis.LOG_NOTICE, redis.LOG_WARNING}) do
  r[#r + 1] = type(l) .. ":" .. select("#", redis.log(l, "level " .. l))
end
return r
