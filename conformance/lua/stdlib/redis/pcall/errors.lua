--[==[
description: "redis.pcall with no arguments or bad argument types"
spec: [lib.redis.pcall]
features: []
flags: [redis]
negative: false
]==]
local r = {}
local ok, e = pcall(redis.pcall)
r[1] = type(e) == "table" and tostring(e.err) or tostring(e)
local v = redis.pcall("SET", {}, "x")
r[2] = type(v) == "table" and tostring(v.err) or tostring(v)
return r
