--[==[
description: "os.rename moves a file; the old name disappears"
spec: [lib.os.rename]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("content") f:close()
print(os.rename(name, name .. ".moved"))
print(io.open(name) == nil)
local g = assert(io.open(name .. ".moved"))
print(g:read("*a"))
g:close()
os.remove(name .. ".moved")
