--[==[
description: "KEYS cannot be reassigned as a global"
spec: [lib.base.KEYS]
features: []
flags: [redis]
negative: false
]==]
local ok, e = pcall(function() KEYS = {} end)
return {tostring(ok), tostring(e)}
