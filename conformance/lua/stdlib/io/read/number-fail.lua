--[==[
description: "io.read(\"*n\") on non-numeric input returns nil"
spec: [lib.io.read]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("abc") f:seek("set")
io.input(f)
print(io.read("*n"))
print(io.read("*a"))
io.input(io.stdin)
