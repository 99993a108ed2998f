--[==[
description: "arithmetic on a local string names the local"
spec: [err.arith, err.varinfo.local]
features: []
flags: []
negative: {phase: runtime}
]==]
local name = "abc"
local n = name * 2
