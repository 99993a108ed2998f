--[==[
description: "io.lines with a missing file or a bad argument"
spec: [lib.io.lines]
features: []
flags: []
negative: false
]==]
print(pcall(io.lines, "no-such-file-redlua.txt"))
print(pcall(io.lines, {}))
