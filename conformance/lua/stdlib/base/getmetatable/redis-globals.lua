--[==[
description: "getmetatable(_G) in Redis; setmetatable on a library table fails"
spec: [lib.base.getmetatable, lib.base.setmetatable]
features: []
flags: [redis]
negative: false
]==]
local mt = getmetatable(_G)
local ok, e = pcall(setmetatable, string, {})
return {type(mt), type(mt.__index), tostring(ok), tostring(e)}
