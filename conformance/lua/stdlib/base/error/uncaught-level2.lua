--[==[
description: "an uncaught error at level 2 names the caller line"
spec: [lib.base.error]
features: []
flags: []
negative: {phase: runtime}
]==]
local function check(x) if not x then error("check failed", 2) end end
check(true)
check(false)
