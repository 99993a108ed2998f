--[==[
description: "returning redis.status_reply produces a status reply"
spec: [lib.redis.status_reply]
features: []
flags: [redis]
negative: false
]==]
return redis.status_reply("ALL GOOD")
