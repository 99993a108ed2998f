--[==[
description: "REPL_ALL is REPL_AOF plus REPL_REPLICA"
spec: [lib.redis.REPL_NONE, lib.redis.REPL_AOF, lib.redis.REPL_SLAVE, lib.redis.REPL_REPLICA, lib.redis.REPL_ALL]
features: []
flags: [redis]
negative: false
]==]
return {tostring(redis.REPL_AOF + redis.REPL_REPLICA == redis.REPL_ALL), tostring(redis.REPL_SLAVE == redis.REPL_REPLICA), bit.bor(redis.REPL_AOF, redis.REPL_SLAVE)}
