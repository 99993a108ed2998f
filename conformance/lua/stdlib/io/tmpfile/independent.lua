--[==[
description: "two temporary files are independent"
spec: [lib.io.tmpfile]
features: []
flags: []
negative: false
]==]
local a, b = io.tmpfile(), io.tmpfile()
a:write("A") b:write("BB")
print(a:seek("cur"), b:seek("cur"), a ~= b)
a:close() b:close()
print(pcall(a.write, a, "x"))
