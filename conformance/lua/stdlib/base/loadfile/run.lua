--[==[
description: "loadfile compiles without running; varargs reach the chunk"
spec: [lib.base.loadfile]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("ran = true return select('#', ...), ...") f:close()
local fn = loadfile(name)
print(type(fn), ran)
print(fn("a", "b"))
print(ran)
os.remove(name)
