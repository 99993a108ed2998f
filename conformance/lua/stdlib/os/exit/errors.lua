--[==[
description: "os.exit with a non-number code"
spec: [lib.os.exit]
features: []
flags: []
negative: false
]==]
print(pcall(os.exit, "x"))
print(pcall(function() os.exit({}) end))
