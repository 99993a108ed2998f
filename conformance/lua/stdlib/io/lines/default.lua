--[==[
description: "io.lines without a name reads the default input"
spec: [lib.io.lines]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("x\ny\n") f:seek("set")
io.input(f)
for l in io.lines() do print(l) end
io.input(io.stdin)
