--[==[
description: "io.type of open files, closed files and other values"
spec: [lib.io.type]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
print(io.type(f), io.type(io.stdout), io.type({}), io.type(1), io.type(nil))
f:close()
print(io.type(f))
