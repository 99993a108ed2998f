--[==[
description: "redis.pcall returns error replies as tables instead of raising"
spec: [lib.redis.pcall]
features: []
flags: [redis]
negative: false
]==]
local e = redis.pcall("NOSUCHCOMMAND")
local ok = redis.pcall("PING")
return {type(e), e.err, type(ok), ok.ok}
