--[==[
description: "__redis__err__handler turns a string into an error table with source and line"
spec: [lib.base.__redis__err__handler]
features: []
flags: [redis]
negative: false
]==]
local e = __redis__err__handler("boom")
return {type(e), tostring(e.err), tostring(e.source), tostring(e.line)}
