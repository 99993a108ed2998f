--[==[
description: "arithmetic on a boolean upvalue names the upvalue"
spec: [err.arith, err.varinfo.upvalue]
features: []
flags: []
negative: {phase: runtime}
]==]
local flag = true
local function f() return -flag end
f()
