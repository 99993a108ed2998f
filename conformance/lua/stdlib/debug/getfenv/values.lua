--[==[
description: "debug.getfenv of functions, userdata and values without environments"
spec: [lib.debug.getfenv]
features: []
flags: []
negative: false
]==]
local f = function() end
print(debug.getfenv(f) == _G, debug.getfenv(print) == _G, debug.getfenv(1), debug.getfenv("s"), debug.getfenv(nil))
print(type(debug.getfenv(io.stdout)), type(debug.getfenv(coroutine.create(f))))
