--[==[
description: "getfenv of levels 0, 1, a Lua function and a C function"
spec: [lib.base.getfenv]
features: []
flags: []
negative: false
]==]
print(getfenv() == _G, getfenv(0) == _G, getfenv(1) == _G, getfenv(print) == _G)
local function f() return getfenv(2) end
print(f() == _G)
local env = {}
local g = function() end
setfenv(g, env)
print(getfenv(g) == env)
