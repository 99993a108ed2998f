--[==[
description: "newproxy userdata with __len and __tostring metamethods"
spec: [lib.base.newproxy]
features: []
flags: []
negative: false
]==]
local p = newproxy(true)
getmetatable(p).__len = function() return 42 end
getmetatable(p).__tostring = function() return "proxy!" end
print(#p, tostring(p))
