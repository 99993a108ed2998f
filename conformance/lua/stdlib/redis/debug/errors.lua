--[==[
description: "using the result of redis.debug is an error"
spec: [lib.redis.debug]
features: []
flags: [redis]
negative: false
]==]
local ok, e = pcall(function() return redis.debug("x")() end)
return {tostring(ok), tostring(e)}
