--[==[
description: "nesting C calls (metamethods through pcall) overflows the C stack"
spec: [err.c-stack-overflow]
features: []
flags: []
negative: false
]==]
local mt = {}
mt.__index = function(t, k) return t[k] end
local t = setmetatable({}, mt)
local ok, e = pcall(function() return t.x end)
print(ok, e)
