--[==[
description: "setmetatable refuses a protected metatable and returns its table"
spec: [lib.base.setmetatable]
features: []
flags: []
negative: false
]==]
local t = {}
print(setmetatable(t, nil) == t)
local p = setmetatable({}, {__metatable = "no"})
print(pcall(setmetatable, p, nil))
