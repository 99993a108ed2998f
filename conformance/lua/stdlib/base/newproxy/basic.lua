--[==[
description: "newproxy creates userdata, optionally with a metatable"
spec: [lib.base.newproxy]
features: []
flags: []
negative: false
]==]
local a = newproxy()
local b = newproxy(true)
print(type(a), getmetatable(a), type(getmetatable(b)))
getmetatable(b).__index = function(_, k) return k .. "!" end
print(b.x)
local c = newproxy(b)
print(getmetatable(c) == getmetatable(b), c.y)
