--[==[
description: "file:setvbuf accepts no, full and line modes with sizes"
spec: [lib.io.file.setvbuf]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
print(f:setvbuf("no"), f:setvbuf("full", 1024), f:setvbuf("line"))
f:write("x") f:seek("set") print(f:read("*a"))
f:close()
