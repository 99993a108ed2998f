--[==[
description: "file:lines on a closed file and iterating after closing"
spec: [lib.io.file.lines]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("a\nb\n") f:seek("set")
local it = f:lines()
print(it())
f:close()
print(pcall(it))
print(pcall(f.lines, f))
