--[==[
description: "redis.error_reply with an empty message and a number"
spec: [lib.redis.error_reply]
features: []
flags: [redis]
negative: false
]==]
return {redis.error_reply("").err, redis.error_reply(12).err}
