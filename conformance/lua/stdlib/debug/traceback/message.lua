--[==[
description: "debug.traceback with a message and levels"
spec: [lib.debug.traceback]
features: []
flags: []
negative: false
]==]
local function inner() return debug.traceback("msg", 1) end
local function outer() return inner() end
print(outer())
print(debug.traceback("lvl2", 2))
print(type(debug.traceback()))
