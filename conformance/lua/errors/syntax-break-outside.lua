--[==[
description: "syntax error: no loop to break"
spec: [err.syntax.break]
features: []
flags: []
negative: {phase: parse}
]==]
print("a")
break
