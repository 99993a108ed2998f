--[==[
description: "io.read(0) returns an empty string before EOF and nil at EOF"
spec: [lib.io.read]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("x") f:seek("set")
io.input(f)
print(io.read(0) == "", io.read(1), io.read(0))
io.input(io.stdin)
