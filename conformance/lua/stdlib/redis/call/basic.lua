--[==[
description: "redis.call runs commands and converts replies to Lua values"
spec: [lib.redis.call]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = redis.call("SET", "rl:k", "v").ok
r[2] = redis.call("GET", "rl:k")
r[3] = redis.call("INCRBY", "rl:n", 5)
r[4] = tostring(redis.call("GET", "rl:missing"))
r[5] = #redis.call("LRANGE", "rl:nolist", 0, -1)
redis.call("DEL", "rl:k", "rl:n")
return r
