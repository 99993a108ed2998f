--[==[
description: "file:close on a non-file value"
spec: [lib.io.file.close]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
print(pcall(f.close, {}))
print(pcall(f.close))
f:close()
