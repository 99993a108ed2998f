--[==[
description: "rawget and rawset ignore __index and __newindex"
spec: [lib.base.rawget, lib.base.rawset]
features: []
flags: []
negative: false
]==]
local t = setmetatable({}, {__index = function() return "meta" end, __newindex = function() error("blocked") end})
rawset(t, "x", 1)
print(t.x, t.y, rawget(t, "y"), rawget(t, "x"))
