--[==[
description: "redis.debug without arguments"
spec: [lib.redis.debug]
features: []
flags: [redis]
negative: false
]==]
return {select("#", redis.debug())}
