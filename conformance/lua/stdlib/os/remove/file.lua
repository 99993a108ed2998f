--[==[
description: "os.remove deletes a file and fails the second time"
spec: [lib.os.remove]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("x") f:close()
print(os.remove(name))
local r, msg, code = os.remove(name)
print(r, (msg:gsub(name, "NAME", 1, true)), code)
