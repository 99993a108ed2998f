--[==[
description: "uncaught error string without position"
spec: [lib.base.error, err.error.level]
features: []
flags: []
negative: {phase: runtime}
]==]
error("plain message", 0)
