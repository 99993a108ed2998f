--[==[
description: "newproxy creates userdata; with a metatable __len and __gc work (5.1 userdata)"
spec: [lib.base.newproxy, lang.metatable.len, lang.metatable.gc]
features: []
flags: []
negative: false
]==]
local p = newproxy(true)
local mt = getmetatable(p)
mt.__len = function() return 42 end
mt.__tostring = function() return "proxy" end
mt.__gc = function() print("collected") end
print(type(p), #p, tostring(p))
local q = newproxy(p)
print(getmetatable(q) == mt, newproxy(false) ~= nil, getmetatable(newproxy()))
p, q = nil, nil
collectgarbage()
print("after collect")
