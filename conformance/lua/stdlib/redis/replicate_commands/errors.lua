--[==[
description: "using the result of redis.replicate_commands wrongly is an error"
spec: [lib.redis.replicate_commands]
features: []
flags: [redis]
negative: false
]==]
local ok, e = pcall(function() return redis.replicate_commands() .. {} end)
return {tostring(ok), tostring(e)}
