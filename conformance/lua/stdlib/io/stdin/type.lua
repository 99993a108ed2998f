--[==[
description: "io.stdin is the default input and cannot be closed"
spec: [lib.io.stdin]
features: []
flags: []
negative: false
]==]
print(io.type(io.stdin), io.input() == io.stdin, io.stdin:close())
