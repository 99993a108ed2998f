--[==[
description: "redis.replicate_commands always returns true in Redis 7"
spec: [lib.redis.replicate_commands]
features: []
flags: [redis]
negative: false
]==]
return {tostring(redis.replicate_commands()), type(redis.replicate_commands)}
