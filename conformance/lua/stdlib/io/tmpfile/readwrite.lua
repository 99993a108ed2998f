--[==[
description: "write to a temporary file, seek and read it back with several formats"
spec: [lib.io.tmpfile, lib.io.file.write, lib.io.file.seek, lib.io.file.read, lib.io.file.lines, lib.io.file.close, lib.io.file.flush, lib.io.file.setvbuf]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
print(io.type(f))
f:setvbuf("full")
f:write("line one\n", 42, " ", 3.5, "\nlast")
f:flush()
print(f:seek("set", 0))
print(f:read("*l"))
print(f:read("*n"), f:read("*n"))
print(f:read("*l"), f:read("*a"))
print(f:read("*a"), f:read("*l"))
f:seek("set")
for l in f:lines() do io.write("[", l, "]") end print()
print(f:seek("end"))
f:close()
print(io.type(f), pcall(f.read, f))
