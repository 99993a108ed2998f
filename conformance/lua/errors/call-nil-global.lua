--[==[
description: "calling an undefined global function"
spec: [err.call, err.varinfo.global]
features: []
flags: []
negative: {phase: runtime}
]==]
local x = 1
undefined_function(x)
