--[==[
description: "redis.status_reply builds a table with an ok field"
spec: [lib.redis.status_reply]
features: []
flags: [redis]
negative: false
]==]
local s = redis.status_reply("x")
local n = 0
for k in pairs(s) do n = n + 1 end
return {s.ok, n, redis.status_reply(5).ok}
