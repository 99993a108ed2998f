--[==[
description: "syntax error: = or in expected"
spec: [err.syntax.expected]
features: []
flags: []
negative: {phase: parse}
]==]
for x do end
