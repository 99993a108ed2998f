--[==[
description: "redis.set_repl accepts every replication flag"
spec: [lib.redis.set_repl]
features: []
flags: [redis]
negative: false
]==]
local r = {}
for _, f in ipairs({redis.REPL_NONE, redis.REPL_AOF, redis.REPL_REPLICA, redis.REPL_SLAVE, redis.REPL_ALL}) do
  r[#r + 1] = select("#", redis.set_repl(f))
end
return r
