--[==[
description: "io.stderr cannot be closed and is a file"
spec: [lib.io.stderr]
features: []
flags: []
negative: false
]==]
print(io.type(io.stderr), io.stderr:close())
print(io.stderr == io.stderr, io.stderr ~= io.stdout)
