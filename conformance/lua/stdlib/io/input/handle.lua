--[==[
description: "io.input with a file handle and reading a closed default input"
spec: [lib.io.input]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("handle data") f:seek("set")
print(io.input(f) == f, io.read("*a"))
f:close()
print(pcall(io.read))
io.input(io.stdin)
