--[==[
description: "io.output with an impossible path or a bad argument"
spec: [lib.io.output]
features: []
flags: []
negative: false
]==]
local ok, e = pcall(io.output, "/nonexistent-dir-redlua/out")
print(ok, e)
print(pcall(io.output, {}))
