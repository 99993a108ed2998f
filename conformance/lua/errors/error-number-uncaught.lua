--[==[
description: "uncaught error with a number value gets position information"
spec: [lib.base.error, err.error.value]
features: []
flags: []
negative: {phase: runtime}
]==]
error(42)
