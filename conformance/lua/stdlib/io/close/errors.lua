--[==[
description: "io.close with a non-file argument"
spec: [lib.io.close]
features: []
flags: []
negative: false
]==]
print(pcall(io.close, {}))
print(pcall(io.close, "x"))
