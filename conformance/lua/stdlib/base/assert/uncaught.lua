--[==[
description: "an uncaught assert ends the program with its message"
spec: [lib.base.assert]
features: []
flags: []
negative: {phase: runtime}
]==]
assert(1 == 2, "one is not two")
