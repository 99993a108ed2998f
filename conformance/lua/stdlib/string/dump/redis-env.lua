--[==[
description: "string.dump works in Redis but loadstring refuses the binary chunk"
spec: [lib.string.dump]
features: []
flags: [redis]
negative: false
]==]
local s = string.dump(function() return 1 end)
local f, err = loadstring(s)
return {s:sub(2, 4), tostring(f), tostring(err)}
