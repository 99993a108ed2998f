--[==[
description: "io.stdout write with a bad value"
spec: [lib.io.stdout]
features: []
flags: []
negative: false
]==]
print(pcall(io.stdout.write, io.stdout, {}))
print(pcall(io.stdout.write, io.stdout, nil))
