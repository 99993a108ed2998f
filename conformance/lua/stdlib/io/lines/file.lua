--[==[
description: "io.lines over a file closes it at the end"
spec: [lib.io.lines]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local f = assert(io.open(name, "w")) f:write("a\n\nb\nlast") f:close()
for l in io.lines(name) do io.write("[", l, "]") end print()
local it = io.lines(name)
print(it(), it(), it(), it(), it())
print(pcall(it))
os.remove(name)
