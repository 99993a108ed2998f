--[==[
description: "redis.pcall of a command on the wrong type returns the WRONGTYPE error"
spec: [lib.redis.pcall]
features: []
flags: [redis]
negative: false
]==]
redis.call("SET", "rl:s", "x")
local e = redis.pcall("HGET", "rl:s", "f")
redis.call("DEL", "rl:s")
return {e.err}
