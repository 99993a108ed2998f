--[==[
description: "file:flush of a read-only file"
spec: [lib.io.file.flush]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local f = assert(io.open(name, "r"))
print(f:flush())
f:close()
os.remove(name)
