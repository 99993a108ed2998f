--[==[
description: "an uncaught runtime error inside nested functions"
spec: [err.arith, err.varinfo.upvalue]
features: []
flags: []
negative: {phase: runtime}
]==]
local x
local function inner() return x.y end
local function outer() return inner() + 1 end
outer()
