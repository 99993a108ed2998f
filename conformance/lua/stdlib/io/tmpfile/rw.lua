--[==[
description: "io.tmpfile is readable and writable"
spec: [lib.io.tmpfile]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("abc\n123")
f:seek("set")
print(f:read("*l"), f:read("*n"), f:read("*a"), f:read("*l"))
print(f:close(), io.type(f))
