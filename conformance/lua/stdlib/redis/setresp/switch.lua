--[==[
description: "redis.setresp(3) changes the reply types seen by the script"
spec: [lib.redis.setresp]
features: []
flags: [redis]
negative: false
]==]
redis.call("HSET", "rl:h", "f", "v")
local a = redis.call("HGETALL", "rl:h")
redis.setresp(3)
local b = redis.call("HGETALL", "rl:h")
local n3 = redis.call("GET", "rl:none")
redis.setresp(2)
redis.call("DEL", "rl:h")
return {#a, type(b.map), b.map and b.map.f or "?", type(n3), tostring(n3)}
