--[==[
description: "cjson.encode argument count errors"
spec: [lib.cjson.encode]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(cjson.encode))
r[2] = select(2, pcall(cjson.encode, 1, 2))
r[3] = select(2, pcall(cjson.encode, coroutine.create(function() end)))
return r
