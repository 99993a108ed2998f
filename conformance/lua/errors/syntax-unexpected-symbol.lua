--[==[
description: "syntax error: unexpected symbol"
spec: [err.syntax.unexpected-symbol]
features: []
flags: []
negative: {phase: parse}
]==]
local x = = 2
