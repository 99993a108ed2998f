--[==[
description: "package.loadlib of a directory"
spec: [lib.package.loadlib]
features: []
flags: []
negative: false
]==]
local f, msg, where = package.loadlib("/", "f")
print(f, where, type(msg))
