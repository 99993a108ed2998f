--[==[
description: "file:seek with set, cur and end and offsets"
spec: [lib.io.file.seek]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("0123456789")
print(f:seek(), f:seek("set", 2), f:seek("cur", 3), f:seek("end", -1))
print(f:read(1), f:seek("cur"))
f:close()
