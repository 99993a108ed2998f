--[==[
description: "debug.getregistry, debug.getfenv and debug.setfenv"
spec: [lib.debug.getregistry, lib.debug.getfenv, lib.debug.setfenv]
features: []
flags: []
negative: false
]==]
print(type(debug.getregistry()), type(debug.getregistry()._LOADED))
print(debug.getfenv(print) == _G, debug.getfenv(1))
local function f() return who end
debug.setfenv(f, {who = "env"})
print(f())
