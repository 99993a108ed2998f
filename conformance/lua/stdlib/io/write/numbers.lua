--[==[
description: "io.write of integers and floats uses the %.14g format"
spec: [lib.io.write]
features: []
flags: []
negative: false
]==]
io.write(1, " ", 1.5, " ", 1e20, " ", 0.1 + 0.2, " ", -1/0, "\n")
