--[==[
description: "io.write writes strings and numbers without separators"
spec: [lib.io.write, lib.io.type]
features: []
flags: []
negative: false
]==]
io.write("a", 1, 2.5, "\n")
print(io.write("x") == io.stdout)
print(io.type(io.stdout), io.type(42))
