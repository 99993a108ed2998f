--[==[
description: "file:read(\"*n\") with signs, exponents, hex and garbage"
spec: [lib.io.file.read]
features: []
flags: []
negative: false
]==]
local f = io.tmpfile()
f:write("-12 +3 1e3 0x1F .5 x") f:seek("set")
print(f:read("*n", "*n", "*n", "*n", "*n", "*n"))
f:close()
