--[==[
description: "_VERSION parsed into major and minor numbers"
spec: [lib.base._VERSION]
features: []
flags: []
negative: false
]==]
local maj, min = _VERSION:match("^Lua (%d+)%.(%d+)$")
print(maj, min, tonumber(maj) * 10 + tonumber(min))
