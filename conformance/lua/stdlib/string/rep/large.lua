--[==[
description: "string.rep building longer strings"
spec: [lib.string.rep]
features: []
flags: []
negative: false
]==]
local s = string.rep("ab", 1000)
print(#s, s:sub(1, 6), s:sub(-4))
print(#string.rep("x", 100000))
