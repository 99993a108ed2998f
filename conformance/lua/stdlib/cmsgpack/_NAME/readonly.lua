--[==[
description: "cmsgpack metadata cannot be modified in Redis"
spec: [lib.cmsgpack._NAME, lib.cmsgpack._VERSION, lib.cmsgpack._COPYRIGHT, lib.cmsgpack._DESCRIPTION]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(function() cmsgpack._NAME = 1 end))
r[2] = select(2, pcall(function() cmsgpack._VERSION = 1 end))
r[3] = select(2, pcall(function() cmsgpack._COPYRIGHT = 1 end))
r[4] = select(2, pcall(function() cmsgpack._DESCRIPTION = 1 end))
return r
