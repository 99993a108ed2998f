--[==[
description: "string methods work, but the string metatable is read-only in Redis"
spec: [lib.string.upper, lib.base.getmetatable]
features: []
flags: [redis]
negative: false
]==]
local mt = getmetatable("")
local ok, e = pcall(function() mt.__index = {} end)
return {("abc"):upper(), tostring(ok), tostring(e)}
