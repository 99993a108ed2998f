--[==[
description: "returning redis.error_reply produces an error reply"
spec: [lib.redis.error_reply]
features: []
flags: [redis]
negative: false
]==]
return redis.error_reply("MYERR something failed")
