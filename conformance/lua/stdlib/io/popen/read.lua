--[==[
description: "io.popen reads a command's output"
spec: [lib.io.popen]
features: []
flags: []
negative: false
]==]
local p = assert(io.popen("echo hello; echo world"))
print(io.type(p), p:read("*l"), p:read("*a"))
print(p:close())
