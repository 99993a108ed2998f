--[==[
description: "an uncaught redis.call error becomes the script error reply"
spec: [lib.redis.call]
features: []
flags: [redis]
negative: {phase: runtime}
]==]
redis.call("SET", "rl:str", "x")
return redis.call("LPUSH", "rl:str", "y")
