--[==[
description: "file:read with counts, zero and end of file"
spec: [lib.io.file.read]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("abcdef") f:seek("set")
print(f:read(2), f:read(0), f:read(10), f:read(0), f:read(1))
f:seek("set")
print(f:read("*a"), f:read("*a"))
f:close()
