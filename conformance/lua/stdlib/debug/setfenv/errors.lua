--[==[
description: "debug.setfenv errors: non-table environment, values without environments"
spec: [lib.debug.setfenv]
features: []
flags: []
negative: false
]==]
print(pcall(debug.setfenv, function() end, 1))
print(pcall(debug.setfenv, 1, {}))
print(pcall(debug.setfenv, "x", {}))
