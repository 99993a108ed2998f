--[==[
description: "the redis.REPL_* constants"
spec: [lib.redis.REPL_NONE, lib.redis.REPL_AOF, lib.redis.REPL_SLAVE, lib.redis.REPL_REPLICA, lib.redis.REPL_ALL]
features: []
flags: [redis]
negative: false
]==]
return {redis.REPL_NONE, redis.REPL_AOF, redis.REPL_SLAVE, redis.REPL_REPLICA, redis.REPL_ALL}
