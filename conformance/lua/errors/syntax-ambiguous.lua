--[==[
description: "syntax error: ambiguous syntax (function call x new statement)"
spec: [err.syntax.ambiguous]
features: []
flags: []
negative: {phase: parse}
]==]
local f = print
f
("x")
