--[==[
description: "debug.getinfo of the current function, a Lua function and a C function"
spec: [lib.debug.getinfo]
features: []
flags: []
negative: false
]==]
local function f() local i = debug.getinfo(1, "Sln") return i.currentline, i.short_src, i.what, i.linedefined, i.name end
print(f())
local g = debug.getinfo(print)
print(g.what, g.short_src, g.source, g.currentline, g.linedefined)
local m = debug.getinfo(1)
print(m.what, m.source, m.nups, m.func ~= nil)
