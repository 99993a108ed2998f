--[==[
description: "io.stdout is the default output and flushes"
spec: [lib.io.stdout]
features: []
flags: []
negative: false
]==]
io.stdout:write("partial ")
print(io.stdout:flush(), io.output() == io.stdout)
