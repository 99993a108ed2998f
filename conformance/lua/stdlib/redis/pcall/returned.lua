--[==[
description: "returning a redis.pcall error table gives an error reply"
spec: [lib.redis.pcall]
features: []
flags: [redis]
negative: false
]==]
return redis.pcall("INCR", "rl:notanumber", "extra")
