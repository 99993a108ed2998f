--[==[
description: "xpcall with a failing or missing handler"
spec: [lib.base.xpcall]
features: []
flags: []
negative: false
]==]
print(xpcall(function() error("a") end, function() error("b") end))
print(pcall(xpcall, function() return 1 end))
print(xpcall(error, nil))
