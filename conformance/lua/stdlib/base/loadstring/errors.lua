--[==[
description: "loadstring argument errors and binary chunks"
spec: [lib.base.loadstring]
features: []
flags: []
negative: false
]==]
print(pcall(loadstring))
print(pcall(loadstring, {}))
local f = loadstring(string.dump(function() return 99 end))
print(f())
print(loadstring("\27Lua garbage"))
