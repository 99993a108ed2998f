--[==[
description: "an uncaught error at level 0 has no position"
spec: [lib.base.error]
features: []
flags: [redis]
negative: {phase: runtime}
]==]
error("no position", 0)
