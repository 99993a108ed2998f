--[==[
description: "rawget bypasses __index"
spec: [lib.base.rawget]
features: []
flags: []
negative: false
]==]
local t = setmetatable({a = 1}, {__index = function() return "meta" end})
print(t.a, t.b, rawget(t, "a"), rawget(t, "b"), rawget(t, nil))
