--[==[
description: "a new module's functions check arguments like the shared one"
spec: [lib.cjson.new]
features: []
flags: [redis]
negative: false
]==]
local c = cjson.new()
local r = {}
r[1] = select(2, pcall(c.encode))
r[2] = select(2, pcall(c.decode, "{"))
r[3] = select(2, pcall(c.new().encode_max_depth, -1))
return r
