--[==[
description: "io.open of a missing file returns nil, a message and an errno; io.lines raises"
spec: [lib.io.open, lib.io.lines, lib.io.close]
features: []
flags: []
negative: false
]==]
print(io.open("does/not/exist.txt"))
print(io.open("does-not-exist.txt", "r"))
print(pcall(io.lines, "does-not-exist.txt"))
print(pcall(io.open, "x", "rz"))
