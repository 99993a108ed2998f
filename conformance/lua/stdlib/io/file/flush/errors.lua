--[==[
description: "file:flush on a closed file or a non-file"
spec: [lib.io.file.flush]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:close()
print(pcall(f.flush, f))
print(pcall(io.stdout.flush, 1))
