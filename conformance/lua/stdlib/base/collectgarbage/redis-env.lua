--[==[
description: "collectgarbage and gcinfo inside an EVAL script"
spec: [lib.base.collectgarbage, lib.base.gcinfo]
features: []
flags: [redis]
negative: false
]==]
return {type(collectgarbage("count")), collectgarbage("collect"), type(gcinfo()), select(2, pcall(collectgarbage, "nope"))}
