--[==[
description: "io.stdin method with a bad format"
spec: [lib.io.stdin]
features: []
flags: []
negative: false
]==]
print(pcall(io.stdin.read, io.stdin, "*z"))
print(pcall(io.stdin.read, io.stdin, {}))
