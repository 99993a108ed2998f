--[==[
description: "debug.sethook with a count hook and debug.gethook"
spec: [lib.debug.sethook, lib.debug.gethook]
features: []
flags: []
negative: false
]==]
local n = 0
debug.sethook(function() n = n + 1 end, "", 100)
for i = 1, 1000 do end
local h, mask, count = debug.gethook()
debug.sethook()
print(n > 0, type(h), mask, count)
print(debug.gethook())
