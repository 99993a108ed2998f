--[==[
description: "io.lines in a for loop with a line count"
spec: [lib.io.lines]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local f = assert(io.open(name, "w"))
for i = 1, 5 do f:write("line ", i, "\n") end
f:close()
local n = 0
for l in io.lines(name) do n = n + 1 end
print(n)
os.remove(name)
