--[==[
description: "io.output with a file name redirects io.write"
spec: [lib.io.output]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local h = io.output(name)
io.write("redirected ", 1, "\n")
print(io.type(h))
io.output():close()
io.output(io.stdout)
local r = assert(io.open(name)) print(r:read("*a")) r:close()
os.remove(name)
