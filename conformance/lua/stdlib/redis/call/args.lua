--[==[
description: "redis.call accepts integer and float arguments as strings"
spec: [lib.redis.call]
features: []
flags: [redis]
negative: false
]==]
redis.call("SET", "rl:f", 1.5)
local a = redis.call("GET", "rl:f")
redis.call("SET", "rl:f", 100)
local b = redis.call("GET", "rl:f")
redis.call("DEL", "rl:f")
return {a, b}
