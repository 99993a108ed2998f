--[==[
description: "io.read from a redirected default input with several formats"
spec: [lib.io.read]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("12 3.5 0x10\nline\nrest of it") f:seek("set")
io.input(f)
print(io.read("*n", "*n", "*n"))
print(io.read("*l"))
print(io.read("*l"))
print(io.read(4), io.read(0))
print(io.read("*a"))
print(io.read("*a"), io.read("*l"), io.read(0), io.read(1))
io.input(io.stdin)
