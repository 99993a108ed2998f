--[==[
description: "syntax error: ) expected to close ( at line"
spec: [err.syntax.expected]
features: []
flags: []
negative: {phase: parse}
]==]
print((1 + 2)
local x = 1
