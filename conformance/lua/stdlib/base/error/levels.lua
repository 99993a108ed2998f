--[==[
description: "error called through a chain keeps the first position"
spec: [lib.base.error]
features: []
flags: []
negative: false
]==]
local function f() error("in f") end
local ok, e = pcall(f)
print(ok, e)
print(pcall(error, "lvl2", 2))
