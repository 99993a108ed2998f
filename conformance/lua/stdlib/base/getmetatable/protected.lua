--[==[
description: "getmetatable honours __metatable and returns nil for plain values"
spec: [lib.base.getmetatable]
features: []
flags: []
negative: false
]==]
local t = setmetatable({}, {__metatable = "locked"})
print(getmetatable(t))
print(getmetatable({}), getmetatable(1), getmetatable(nil))
print(getmetatable("abc").__index == string)
