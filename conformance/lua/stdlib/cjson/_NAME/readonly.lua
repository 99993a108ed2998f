--[==[
description: "cjson fields cannot be modified in Redis (read-only tables)"
spec: [lib.cjson._NAME, lib.cjson._VERSION]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(function() cjson._NAME = "x" end))
r[2] = select(2, pcall(function() cjson._VERSION = "y" end))
r[3] = cjson._NAME
return r
