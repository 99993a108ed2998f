--[==[
description: "file:write to a file opened for reading fails at flush"
spec: [lib.io.file.write]
features: []
flags: []
negative: false
]==]
local name = os.tmpname()
local f = assert(io.open(name, "r"))
f:write("x")
local ok, msg, code = f:flush()
print(ok, msg, code)
f:close()
os.remove(name)
