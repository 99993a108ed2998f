--[==[
description: "io.read with an invalid format"
spec: [lib.io.read]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
io.input(f)
print(pcall(io.read, "*x"))
print(pcall(io.read, {}))
io.input(io.stdin)
