--[==[
description: "debug.getfenv needs an argument"
spec: [lib.debug.getfenv]
features: []
flags: []
negative: false
]==]
print(pcall(debug.getfenv))
print(pcall(function() return debug.getfenv().x end))
