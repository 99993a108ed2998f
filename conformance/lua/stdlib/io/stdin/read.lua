--[==[
description: "reading the empty standard input returns nil"
spec: [lib.io.stdin]
features: []
flags: []
negative: false
]==]
print(io.stdin:read("*l"), io.stdin:read("*a"), io.stdin:read(1))
