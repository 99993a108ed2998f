--[==[
description: "string.rep inside an EVAL script"
spec: [lib.string.rep]
features: []
flags: [redis]
negative: false
]==]
return {string.rep("ab", 3), #string.rep("x", 1000), string.rep("", 5) == "" and "empty" or "no"}
