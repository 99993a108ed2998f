--[==[
description: "io.popen in write mode feeds a command's stdin"
spec: [lib.io.popen]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local p = assert(io.popen("cat > " .. name, "w"))
p:write("piped text")
p:close()
local f = assert(io.open(name)) print(f:read("*a")) f:close()
os.remove(name)
