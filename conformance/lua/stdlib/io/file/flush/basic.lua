--[==[
description: "file:flush makes writes visible to another handle"
spec: [lib.io.file.flush]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local w = assert(io.open(name, "w"))
w:write("data")
print(w:flush())
local r = assert(io.open(name)) print(r:read("*a")) r:close()
w:close()
os.remove(name)
