--[==[
description: "debug.setmetatable with a non-table metatable"
spec: [lib.debug.setmetatable]
features: []
flags: []
negative: false
]==]
print(pcall(debug.setmetatable, {}, 1))
print(pcall(debug.setmetatable, {}))
