--[==[
description: "__redis__err__handler keeps an existing error table"
spec: [lib.base.__redis__err__handler]
features: []
flags: [redis]
negative: false
]==]
local e = __redis__err__handler({err = "ERR mine"})
return {type(e), tostring(e.err), tostring(e.source), tostring(e.line)}
