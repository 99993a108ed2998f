--[==[
description: "file:lines iterates lines without closing the file"
spec: [lib.io.file.lines]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("one\ntwo\n\nfour") f:seek("set")
for l in f:lines() do io.write("<", l, ">") end print()
print(io.type(f), f:read("*a") == "")
f:close()
