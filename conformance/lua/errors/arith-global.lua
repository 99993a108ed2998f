--[==[
description: "arithmetic on a nil global names the global"
spec: [err.arith, err.varinfo.global]
features: []
flags: []
negative: {phase: runtime}
]==]
local a = 1
print(a + undefinedvar)
