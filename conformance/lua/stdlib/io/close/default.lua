--[==[
description: "io.close closes a given file; a closed file reports so"
spec: [lib.io.close]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local f = assert(io.open(name, "w"))
print(io.close(f), io.type(f))
print(pcall(io.close, f))
os.remove(name)
