--[==[
description: "redis.set_repl with missing or invalid flags"
spec: [lib.redis.set_repl]
features: []
flags: [redis]
negative: false
]==]
local r = {}
local ok, e = pcall(redis.set_repl)
r[1] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.set_repl, 99)
r[2] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.set_repl, -1)
r[3] = type(e) == "table" and tostring(e.err) or tostring(e)
ok, e = pcall(redis.set_repl, "x")
r[4] = type(e) == "table" and tostring(e.err) or tostring(e)
return r
