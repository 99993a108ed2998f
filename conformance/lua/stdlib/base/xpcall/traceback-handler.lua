--[==[
description: "xpcall with debug.traceback as handler returns a string starting with the message"
spec: [lib.base.xpcall]
features: []
flags: []
negative: false
]==]
local ok, tb = xpcall(function() error("deep", 0) end, debug.traceback)
print(ok, tb:match("^[^\n]*"), tb:find("stack traceback:", 1, true) ~= nil)
