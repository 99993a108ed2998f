--[==[
description: "error positions inside nested functions and with non-string messages at level 1"
spec: [lib.base.error]
features: []
flags: []
negative: false
]==]
local function f() error(42) end
print(pcall(f))
local function g() error("at g") end
print(pcall(g))
print(pcall(error, "lvl", 3))
