--[==[
description: "error with levels 0, 1 and 2 and non-string values"
spec: [lib.base.error]
features: []
flags: []
negative: false
]==]
local function f(lvl) error("msg", lvl) end
local function g(lvl) f(lvl) end
print(pcall(g, 0))
print(pcall(g, 1))
print(pcall(g, 2))
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, 12))
local ok, e = pcall(error, {1, 2})
print(ok, type(e), e[2])
