--[==[
description: "io.type without an argument"
spec: [lib.io.type]
features: []
flags: []
negative: false
]==]
print(pcall(io.type))
