--[==[
description: "getfenv of the main chunk and of a function created by loadstring"
spec: [lib.base.getfenv]
features: []
flags: []
negative: false
]==]
local f = loadstring("return 1")
print(getfenv(f) == _G, getfenv(1) == getfenv(0))
