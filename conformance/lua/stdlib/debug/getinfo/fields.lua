--[==[
description: "debug.getinfo fields for a Lua function and a C function"
spec: [lib.debug.getinfo]
features: []
flags: []
negative: false
]==]
local function f(a, b) return a end
local i = debug.getinfo(f)
print(i.what, i.short_src, i.linedefined, i.lastlinedefined, i.nups, i.source, i.currentline)
local c = debug.getinfo(print)
print(c.what, c.short_src, c.source, c.linedefined, c.currentline)
local m = debug.getinfo(1, "Sl")
print(m.what, m.currentline, m.name)
