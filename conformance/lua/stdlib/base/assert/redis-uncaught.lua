--[==[
description: "an uncaught assert in EVAL"
spec: [lib.base.assert]
features: []
flags: [redis]
negative: {phase: runtime}
]==]
assert(false, "assertion in redis")
