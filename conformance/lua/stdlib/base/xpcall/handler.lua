--[==[
description: "xpcall passes the error to the handler and returns its result"
spec: [lib.base.xpcall]
features: []
flags: []
negative: false
]==]
print(xpcall(function() error("e1") end, function(m) return "handled: " .. m end))
print(xpcall(function() return 1, 2 end, print))
print(xpcall(function() error({}) end, function(m) return type(m) end))
print(xpcall(function() local x = nil; return x.y end, function(m) return m end))
