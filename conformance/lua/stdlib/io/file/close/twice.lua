--[==[
description: "file:close twice raises an error"
spec: [lib.io.file.close]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
print(f:close())
print(pcall(f.close, f))
print(tostring(f))
