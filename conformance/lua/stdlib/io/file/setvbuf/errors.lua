--[==[
description: "file:setvbuf with an invalid mode or closed file"
spec: [lib.io.file.setvbuf]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
print(pcall(f.setvbuf, f, "sometimes"))
print(pcall(f.setvbuf, f))
f:close()
print(pcall(f.setvbuf, f, "no"))
