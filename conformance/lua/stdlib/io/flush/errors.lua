--[==[
description: "io.flush after the default output has been closed"
spec: [lib.io.flush]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
io.output(name)
io.output():close()
local ok, e = pcall(io.flush)
io.output(io.stdout)
print(ok, e)
os.remove(name)
