--[==[
description: "io.input with a file name sets the default input"
spec: [lib.io.input]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("first\nsecond\n") f:close()
local h = io.input(name)
print(io.type(h), io.input() == h, io.read())
print(io.read("*l"), io.read())
io.input():close()
io.input(io.stdin)
print(io.input() == io.stdin)
os.remove(name)
