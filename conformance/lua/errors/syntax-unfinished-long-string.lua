--[==[
description: "syntax error: unfinished long string"
spec: [err.syntax.unfinished-long-string]
features: []
flags: []
negative: {phase: parse}
]==]
local s = [[never closed
print(s)
