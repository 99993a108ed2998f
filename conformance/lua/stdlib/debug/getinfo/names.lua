--[==[
description: "debug.getinfo names of callers"
spec: [lib.debug.getinfo]
features: []
flags: []
negative: false
]==]
local function inner() local i = debug.getinfo(1, "n") return i.name, i.namewhat end
local t = {m = inner}
print(inner())
print(t.m())
gl = inner
print(gl())
