--[==[
description: "syntax error: <name> expected"
spec: [err.syntax.expected]
features: []
flags: []
negative: {phase: parse}
]==]
local function (x) end
