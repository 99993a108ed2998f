--[==[
description: "io.write with invalid values"
spec: [lib.io.write]
features: []
flags: []
negative: false
]==]
print(pcall(io.write, {}))
print(pcall(io.write, "a", true))
print(pcall(io.write, nil))
