--[==[
description: "redis.sha1hex of known inputs"
spec: [lib.redis.sha1hex]
features: []
flags: [redis]
negative: false
]==]
return {redis.sha1hex(""), redis.sha1hex("abc"), redis.sha1hex("The quick brown fox jumps over the lazy dog")}
