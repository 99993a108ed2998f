--[==[
description: "debug.gethook reports the mask and count of the current hook"
spec: [lib.debug.gethook]
features: []
flags: []
negative: false
]==]
local h = function() end
debug.sethook(h, "cr", 5)
local f, mask, count = debug.gethook()
debug.sethook()
print(f == h, mask, count)
debug.sethook(h, "l")
f, mask, count = debug.gethook()
debug.sethook()
print(f == h, mask, count)
