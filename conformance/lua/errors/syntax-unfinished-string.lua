--[==[
description: "syntax error: unfinished string"
spec: [err.syntax.unfinished-string]
features: []
flags: []
negative: {phase: parse}
]==]
local s = "abc
print(s)
