--[==[
description: "redis.REDIS_VERSION and REDIS_VERSION_NUM"
spec: [lib.redis.REDIS_VERSION, lib.redis.REDIS_VERSION_NUM]
features: []
flags: [redis]
negative: false
]==]
return {redis.REDIS_VERSION, redis.REDIS_VERSION_NUM}
