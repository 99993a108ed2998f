--[==[
description: "io.close on standard files and on the default output"
spec: [lib.io.close]
features: []
flags: []
negative: false
]==]
print(io.close(io.stdout))
print(io.close())
print(io.type(io.stdout))
