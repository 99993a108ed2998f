--[==[
description: "file:seek beyond the end and writing there leaves a gap of zeros"
spec: [lib.io.file.seek]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("ab")
print(f:seek("set", 5))
f:write("z")
f:seek("set")
local s = f:read("*a")
print(#s, string.byte(s, 1, -1))
f:close()
