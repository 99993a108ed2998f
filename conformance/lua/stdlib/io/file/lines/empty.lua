--[==[
description: "file:lines on an empty file yields nothing"
spec: [lib.io.file.lines]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
local n = 0
for l in f:lines() do n = n + 1 end
print(n)
f:close()
