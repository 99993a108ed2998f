--[==[
description: "an uncaught error with a non-string value"
spec: [lib.base.error]
features: []
flags: []
negative: {phase: runtime}
]==]
error({})
