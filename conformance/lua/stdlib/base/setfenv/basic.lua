--[==[
description: "setfenv changes the globals a function sees"
spec: [lib.base.setfenv]
features: []
flags: []
negative: false
]==]
x = "global"
local function f() return x end
print(f())
setfenv(f, {x = "env"})
print(f(), x)
print(setfenv(f, {x = 1}) == f)
