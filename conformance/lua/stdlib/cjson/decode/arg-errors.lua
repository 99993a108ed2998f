--[==[
description: "cjson.decode argument errors"
spec: [lib.cjson.decode]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(cjson.decode))
r[2] = select(2, pcall(cjson.decode, {}))
r[3] = select(2, pcall(cjson.decode, "1", "2"))
r[4] = select(2, pcall(cjson.decode, "[1,2"))
return r
