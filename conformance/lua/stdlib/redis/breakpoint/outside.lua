--[==[
description: "redis.breakpoint outside a debugging session returns false"
spec: [lib.redis.breakpoint]
features: []
flags: [redis]
negative: false
]==]
return {tostring(redis.breakpoint()), type(redis.breakpoint)}
