--[==[
description: "file:read invalid format and closed file"
spec: [lib.io.file.read]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
print(pcall(f.read, f, "*q"))
print(pcall(f.read, f, true))
f:close()
print(pcall(f.read, f))
