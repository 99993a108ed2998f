--[==[
description: "file:write of invalid values, on a closed or read-only file"
spec: [lib.io.file.write]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
print(pcall(f.write, f, {}))
print(pcall(f.write, f, false))
f:close()
print(pcall(f.write, f, "x"))
