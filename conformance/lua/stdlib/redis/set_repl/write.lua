--[==[
description: "writes still apply locally with replication turned off"
spec: [lib.redis.set_repl]
features: []
flags: [redis]
negative: false
]==]
redis.set_repl(redis.REPL_NONE)
redis.call("SET", "rl:repl", "local")
redis.set_repl(redis.REPL_ALL)
local v = redis.call("GET", "rl:repl")
redis.call("DEL", "rl:repl")
return v
