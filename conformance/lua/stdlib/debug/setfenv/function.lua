--[==[
description: "debug.setfenv on a Lua function returns the object"
spec: [lib.debug.setfenv]
features: []
flags: []
negative: false
]==]
local f = function() return v end
print(debug.setfenv(f, {v = "set"}) == f, f())
