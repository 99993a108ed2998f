--[==[
description: "io.flush returns true for the default output"
spec: [lib.io.flush]
features: []
flags: []
negative: false
]==]
io.write("a")
print(io.flush())
print(select('#', io.flush()))
