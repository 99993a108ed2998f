--[==[
description: "__newindex as a table and as a function; rawset bypasses it"
spec: [lang.metatable.newindex, lib.base.rawset]
features: []
flags: []
negative: false
]==]
local store = {}
local t = setmetatable({}, {__newindex = store})
t.a = 1
print(rawget(t, "a"), store.a)
local log = {}
local u = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = k rawset(t, k, v * 2) end})
u.x = 5 u.x = 7
print(u.x, #log)
