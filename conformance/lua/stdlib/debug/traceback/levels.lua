--[==[
description: "debug.traceback with message and level inside functions"
spec: [lib.debug.traceback]
features: []
flags: []
negative: false
]==]
local function f() return debug.traceback("msg", 1) end
local function g() return f() end
print(g())
print(debug.traceback("lvl2", 2))
print(debug.traceback(nil))
print(debug.traceback(12))
