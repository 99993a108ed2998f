--[==[
description: "xpcall with a handler receiving the message"
spec: [lib.base.xpcall]
features: []
flags: []
negative: false
]==]
print(xpcall(function() local x = nil; return x.y end, function(m) return "H:" .. m end))
print(pcall(xpcall))
