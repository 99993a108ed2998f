--[==[
description: "dofile of a missing file, a syntax error and a runtime error"
spec: [lib.base.dofile]
features: []
flags: []
negative: false
]==]
print(pcall(dofile, "no-such-file-redlua.lua"))
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("return +") f:close()
local ok, e = pcall(dofile, name)
print(ok, (e:gsub("^.-:1:", "FILE:1:")))
f = assert(io.open(name, "w")) f:write("error('from file', 0)") f:close()
print(pcall(dofile, name))
os.remove(name)
print(pcall(function() return dofile({}) end))
