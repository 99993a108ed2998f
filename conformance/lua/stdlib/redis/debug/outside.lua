--[==[
description: "redis.debug outside a debugging session does nothing"
spec: [lib.redis.debug]
features: []
flags: [redis]
negative: false
]==]
return {select("#", redis.debug("message", 1, {})), type(redis.debug)}
