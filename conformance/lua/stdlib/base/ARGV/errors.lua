--[==[
description: "ARGV cannot be reassigned as a global"
spec: [lib.base.ARGV]
features: []
flags: [redis]
negative: false
]==]
local ok, e = pcall(function() ARGV = nil end)
return {tostring(ok), tostring(e)}
