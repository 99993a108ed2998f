--[==[
description: "loadfile compiles a file without running it; missing files give nil and a message; dofile raises"
spec: [lib.base.loadfile, lib.base.dofile]
features: []
flags: []
negative: false
]==]
local f = loadfile("self.lua")
print(type(f))
print(loadfile("missing-file.lua"))
print(pcall(dofile, "missing-file.lua"))
