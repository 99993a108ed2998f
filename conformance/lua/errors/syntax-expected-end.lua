--[==[
description: "syntax error: end expected"
spec: [err.syntax.expected, err.syntax.eof]
features: []
flags: []
negative: {phase: parse}
]==]
if true then
  print(1)
