--[==[
description: "under RESP3 a boolean and a double reply become Lua values"
spec: [lib.redis.setresp]
features: []
flags: [redis]
negative: false
]==]
redis.setresp(3)
local d = redis.call("ZINCRBY", "rl:z", 1.5, "m")
local t = redis.call("HSET", "rl:h3", "a", "1")
redis.setresp(2)
redis.call("DEL", "rl:z", "rl:h3")
return {type(d), type(d) == "table" and tostring(d.double) or tostring(d), t}
