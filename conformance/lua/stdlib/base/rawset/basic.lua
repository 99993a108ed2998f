--[==[
description: "rawset bypasses __newindex and returns the table"
spec: [lib.base.rawset]
features: []
flags: []
negative: false
]==]
local log = {}
local t = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k end})
t.a = 1
print(rawset(t, "b", 2) == t, t.a, t.b, #log)
