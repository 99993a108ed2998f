--[==[
description: "loadfile of a missing file and a file with syntax errors"
spec: [lib.base.loadfile]
features: []
flags: []
negative: false
]==]
print(loadfile("no-such-file-redlua.lua"))
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("x = = 1") f:close()
local fn, e = loadfile(name)
print(fn, (e:gsub("^.-:1:", "FILE:1:")))
os.remove(name)
print(pcall(loadfile, {}))
