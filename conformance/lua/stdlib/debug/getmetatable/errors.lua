--[==[
description: "debug.getmetatable needs an argument"
spec: [lib.debug.getmetatable]
features: []
flags: []
negative: false
]==]
print(pcall(debug.getmetatable))
