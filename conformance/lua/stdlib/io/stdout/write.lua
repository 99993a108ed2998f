--[==[
description: "io.stdout:write accepts numbers; its result is true, not the file, in 5.1"
spec: [lib.io.stdout]
features: []
flags: []
negative: false
]==]
print(io.stdout:write("x", 1, 2.5, "\n") == io.stdout)
io.stdout:write("")
print(io.type(io.stdout), io.stdout:close())
