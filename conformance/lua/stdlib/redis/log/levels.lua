--[==[
description: "redis.log at every level returns nothing"
spec: [lib.redis.log]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select("#", redis.log(redis.LOG_DEBUG, "redlua debug"))
r[2] = select("#", redis.log(redis.LOG_VERBOSE, "redlua verbose"))
r[3] = select("#", redis.log(redis.LOG_NOTICE, "redlua notice", "more", 1))
r[4] = select("#", redis.log(redis.LOG_WARNING, "redlua warning"))
return r
