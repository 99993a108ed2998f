--[==[
description: "redis.breakpoint ignores arguments"
spec: [lib.redis.breakpoint]
features: []
flags: [redis]
negative: false
]==]
return {tostring(redis.breakpoint("x", 1)), tostring(redis.breakpoint())}
