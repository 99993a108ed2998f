--[==[
description: "setmetatable errors: protected metatable, bad arguments"
spec: [lib.base.setmetatable]
features: []
flags: []
negative: false
]==]
local t = setmetatable({}, {__metatable = false})
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}))
