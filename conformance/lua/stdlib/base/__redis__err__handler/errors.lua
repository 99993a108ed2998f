--[==[
description: "__redis__err__handler is used for uncaught errors; it cannot be replaced"
spec: [lib.base.__redis__err__handler]
features: []
flags: [redis]
negative: false
]==]
local ok, e = pcall(function() __redis__err__handler = nil end)
return {type(__redis__err__handler), tostring(ok), tostring(e)}
