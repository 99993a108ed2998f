--[==[
description: "an uncaught redis.log error becomes the script error"
spec: [lib.redis.log]
features: []
flags: [redis]
negative: {phase: runtime}
]==]
redis.log(-1, "bad level")
