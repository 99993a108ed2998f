--[==[
description: "setfenv/getfenv change the globals seen by a function (stand-alone Lua)"
spec: [lib.base.setfenv, lib.base.getfenv]
features: []
flags: []
negative: false
]==]
local function f() return x end
x = "global"
setfenv(f, {x = "env"})
print(f(), x, getfenv(f).x, getfenv(0) == _G)
