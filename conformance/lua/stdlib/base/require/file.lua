--[==[
description: "require finds a module file through package.path"
spec: [lib.base.require, lib.package.path]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local dir, base = name:match("^(.*)/([^/]+)$")
local f = assert(io.open(name .. ".lua", "w"))
f:write("return {val = ..., n = select('#', ...)}")
f:close()
package.path = dir .. "/?.lua"
local m = require(base)
print(m.val == base, m.n)
os.remove(name .. ".lua")
os.remove(name)
