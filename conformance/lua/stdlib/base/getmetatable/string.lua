--[==[
description: "getmetatable of strings is the shared string metatable"
spec: [lib.base.getmetatable]
features: []
flags: []
negative: false
]==]
local mt = getmetatable("")
print(type(mt), mt == getmetatable("other"), mt.__index.upper == string.upper)
