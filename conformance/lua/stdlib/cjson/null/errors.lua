--[==[
description: "cjson.null cannot be indexed or called"
spec: [lib.cjson.null]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(function() return cjson.null.x end))
r[2] = select(2, pcall(function() return cjson.null() end))
return r
