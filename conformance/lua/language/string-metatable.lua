--[==[
description: "strings share a metatable whose __index is the string table"
spec: [lang.string-metatable]
features: []
flags: []
negative: false
]==]
local mt = getmetatable("")
print(type(mt), mt.__index == string, ("abc"):len(), ("%d"):format(5))
print(#getmetatable("x").__index.rep("ab", 2))
