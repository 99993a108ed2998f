--[==[
description: "io.input with a missing file or a bad argument"
spec: [lib.io.input]
features: []
flags: []
negative: false
]==]
local ok, e = pcall(io.input, "no-such-dir/no-such-file")
print(ok, e)
print(pcall(io.input, {}))
print(pcall(io.input, 5))
