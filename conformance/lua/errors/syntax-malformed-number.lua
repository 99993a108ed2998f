--[==[
description: "syntax error: malformed number"
spec: [err.syntax.malformed-number]
features: []
flags: []
negative: {phase: parse}
]==]
local n = 12abc
