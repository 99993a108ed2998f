--[==[
description: "file:lines on a non-file"
spec: [lib.io.file.lines]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
print(pcall(f.lines, "x"))
f:close()
