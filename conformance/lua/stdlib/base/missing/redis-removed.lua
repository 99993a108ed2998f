--[==[
description: "print and dofile do not exist in EVAL: reading them is an error"
spec: [lib.base.print, lib.base.dofile]
features: []
flags: [redis]
negative: false
]==]
local r = {}
r[1] = select(2, pcall(function() return print end))
r[2] = select(2, pcall(function() return dofile end))
return r
