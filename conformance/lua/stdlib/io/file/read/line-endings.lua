--[==[
description: "file:read(\"*l\") keeps carriage returns and handles a last line without newline"
spec: [lib.io.file.read]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("a\r\nb\n\nc") f:seek("set")
print(#f:read("*l"), f:read("*l"), f:read("*l") == "", f:read("*l"), f:read("*l"))
f:close()
