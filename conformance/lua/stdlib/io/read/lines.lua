--[==[
description: "io.read(\"*l\") over several lines of a redirected input, then end of file"
spec: [lib.io.read]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("l1\nl2") f:seek("set")
io.input(f)
print(io.read("*l"), io.read("*l"), io.read("*l"))
io.input(io.stdin)
