--[==[
description: "the redis.LOG_* constants"
spec: [lib.redis.LOG_DEBUG, lib.redis.LOG_VERBOSE, lib.redis.LOG_NOTICE, lib.redis.LOG_WARNING]
features: []
flags: [redis]
negative: false
]==]
return {redis.LOG_DEBUG, redis.LOG_VERBOSE, redis.LOG_NOTICE, redis.LOG_WARNING}
