--[==[
description: "dofile runs a file and returns all its results"
spec: [lib.base.dofile]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("local a = ... return 1, 'two', a == nil, x_from_file\n")
f:close()
x_from_file = 9
print(dofile(name))
os.remove(name)
