--[==[
description: "os.tmpname creates the file (mkstemp) empty"
spec: [lib.os.tmpname]
features: []
flags: []
negative: false
]==]
local n = os.tmpname()
local f = io.open(n, "r")
print(f ~= nil, f and f:read("*a"))
if f then f:close() end
os.remove(n)
print(pcall(function() return n + 1 end))
