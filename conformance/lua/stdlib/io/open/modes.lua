--[==[
description: "io.open with write, append, read and update modes"
spec: [lib.io.open]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("abc") f:close()
f = assert(io.open(name, "a")) f:write("def") f:close()
f = assert(io.open(name, "r")) print(f:read("*a")) f:close()
f = assert(io.open(name, "r+")) f:write("X") f:seek("set") print(f:read("*a")) f:close()
f = assert(io.open(name, "w+")) f:write("new") f:seek("set") print(f:read("*a")) f:close()
f = assert(io.open(name, "rb")) print(f:read("*a")) f:close()
os.remove(name)
