--[==[
description: "setmetatable returns its first argument; nil removes the metatable"
spec: [lib.base.setmetatable]
features: []
flags: []
negative: false
]==]
local t = {}
print(setmetatable(t, {__index = {x = 1}}) == t, t.x)
setmetatable(t, nil)
print(t.x, getmetatable(t))
