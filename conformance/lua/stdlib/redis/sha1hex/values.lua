--[==[
description: "sha1hex of strings, numbers and non-strings"
spec: [lib.redis.sha1hex]
features: []
flags: [redis]
negative: false
]==]
return {redis.sha1hex(""), redis.sha1hex("abc"), redis.sha1hex(1), redis.sha1hex(nil), redis.sha1hex({})}
