--[==[
description: "string.gmatch argument errors and malformed pattern at iteration"
spec: [lib.string.gmatch]
features: []
flags: []
negative: false
]==]
print(pcall(function() return string.gmatch() end))
print(pcall(function() return string.gmatch("x") end))
local it = string.gmatch("abc", "[a")
print(pcall(it))
