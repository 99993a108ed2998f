--[==[
description: "io.write with many arguments at once"
spec: [lib.io.write]
features: []
flags: []
negative: false
]==]
io.write("a", "b", 1, 2, "\n", "c", 3.25, "\n")
