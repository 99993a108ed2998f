--[==[
description: "file:write of strings and numbers (5.1 returns true, not the file)"
spec: [lib.io.file.write]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
print(f:write("s", 1, 2.5, 1e100, -0) == f)
f:seek("set") print(f:read("*a"))
f:close()
