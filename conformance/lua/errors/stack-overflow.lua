--[==[
description: "runaway recursion ends in a stack overflow error"
spec: [err.stack-overflow]
features: []
flags: []
negative: false
]==]
local depth = 0
local function rec() depth = depth + 1 return 1 + rec() end
local ok, e = pcall(rec)
print(ok, e)
print(depth > 1000)
