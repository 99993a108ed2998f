--[==[
description: "debug.traceback with a non-string message returns it unchanged; used as xpcall handler"
spec: [lib.debug.traceback]
features: []
flags: []
negative: false
]==]
print(debug.traceback({}) ~= nil, type(debug.traceback({})))
print(xpcall(function() error("oops") end, debug.traceback))
print(pcall(debug.traceback, "m", "x"))
