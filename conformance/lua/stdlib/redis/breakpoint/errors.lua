--[==[
description: "using the result of redis.breakpoint wrongly is an error"
spec: [lib.redis.breakpoint]
features: []
flags: [redis]
negative: false
]==]
local ok, e = pcall(function() return redis.breakpoint() + 1 end)
return {tostring(ok), tostring(e)}
