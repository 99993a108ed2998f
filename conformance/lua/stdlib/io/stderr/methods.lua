--[==[
description: "io.stderr write of an empty string and flush; a bad value is an error"
spec: [lib.io.stderr]
features: []
flags: []
negative: false
]==]
print(io.stderr:write("") == io.stderr, io.stderr:flush())
print(pcall(io.stderr.write, io.stderr, {}))
