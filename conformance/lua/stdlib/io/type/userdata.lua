--[==[
description: "io.type of a non-file userdata"
spec: [lib.io.type]
features: []
flags: []
negative: false
]==]
print(io.type(newproxy()), io.type("file"))
