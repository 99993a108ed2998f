--[==[
description: "syntax error: cannot use ... outside a vararg function"
spec: [err.syntax.vararg]
features: []
flags: []
negative: {phase: parse}
]==]
local function f() return ... end
