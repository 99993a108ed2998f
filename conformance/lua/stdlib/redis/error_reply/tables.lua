--[==[
description: "error_reply and status_reply build tables (inspected, not returned)"
spec: [lib.redis.error_reply, lib.redis.status_reply]
features: []
flags: [redis]
negative: false
]==]
local e = redis.error_reply("MY message")
local e2 = redis.error_reply("nospace")
local e3 = redis.error_reply("-DASH x")
local s = redis.status_reply("FINE")
local bad = redis.error_reply(1, 2)
return {e.err, e2.err, e3.err, s.ok, bad.err, type(redis.status_reply())}
