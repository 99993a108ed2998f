--[==[
description: "file:seek invalid whence, negative position, closed file"
spec: [lib.io.file.seek]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
print(pcall(f.seek, f, "middle"))
print(f:seek("set", -5))
print(pcall(f.seek, f, "set", "x"))
f:close()
print(pcall(f.seek, f))
