--[==[
description: "calling a missing method names the method"
spec: [err.call, err.varinfo.method]
features: []
flags: []
negative: {phase: runtime}
]==]
local obj = {}
obj:frobnicate(1)
