--[==[
description: "io.popen argument errors"
spec: [lib.io.popen]
features: []
flags: []
negative: false
]==]
print(pcall(io.popen))
print(pcall(io.popen, {}))
print(pcall(io.popen, "true", {}))
