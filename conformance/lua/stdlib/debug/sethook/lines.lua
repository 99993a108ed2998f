--[==[
description: "a line hook reports line numbers of the running chunk"
spec: [lib.debug.sethook]
features: []
flags: []
negative: false
]==]
local lines = {}
debug.sethook(function(ev, line) lines[#lines + 1] = line end, "l")
local a = 1
local b = 2
debug.sethook()
print(table.concat(lines, ","))
