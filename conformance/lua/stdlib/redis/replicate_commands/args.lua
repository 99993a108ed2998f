--[==[
description: "redis.replicate_commands ignores arguments and may be called after writes"
spec: [lib.redis.replicate_commands]
features: []
flags: [redis]
negative: false
]==]
redis.call("SET", "rl:rc", "1")
local a = redis.replicate_commands("extra", 1)
redis.call("DEL", "rl:rc")
return {tostring(a), tostring(redis.replicate_commands())}
