--[==[
description: "io.open errors: bad mode, missing file, bad arguments"
spec: [lib.io.open]
features: []
flags: []
negative: false
]==]
print(pcall(io.open, "x", "q"))
local f, msg, code = io.open("/nonexistent-dir-redlua/x", "w")
print(f, msg, code)
print(pcall(io.open))
print(pcall(io.open, {}))
