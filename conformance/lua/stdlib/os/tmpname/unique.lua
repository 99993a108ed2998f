--[==[
description: "os.tmpname returns distinct names of files that can be opened"
spec: [lib.os.tmpname]
features: []
flags: []
negative: false
]==]
local a, b = os.tmpname(), os.tmpname()
print(type(a), a ~= b, a:sub(1, 5))
local f = assert(io.open(a, "w"))
print(io.type(f))
f:close()
os.remove(a) os.remove(b)
