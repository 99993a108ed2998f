--[==[
description: "arithmetic on a nil field names the field"
spec: [err.arith, err.varinfo.field]
features: []
flags: []
negative: {phase: runtime}
]==]
local t = {}
return t.count + 1
