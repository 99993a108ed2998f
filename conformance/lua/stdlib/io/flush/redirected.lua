--[==[
description: "io.flush flushes a redirected default output file"
spec: [lib.io.flush]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
io.output(name)
io.write("flushed")
print(io.flush() == io.output() or io.flush())
local r = assert(io.open(name))
local content = r:read("*a")
r:close()
io.output():close()
io.output(io.stdout)
print(content)
os.remove(name)
