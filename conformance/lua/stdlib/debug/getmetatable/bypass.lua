--[==[
description: "debug.getmetatable ignores __metatable"
spec: [lib.debug.getmetatable]
features: []
flags: []
negative: false
]==]
local mt = {__metatable = "hidden"}
local t = setmetatable({}, mt)
print(getmetatable(t), debug.getmetatable(t) == mt, debug.getmetatable(1), debug.getmetatable("s").__index == string)
