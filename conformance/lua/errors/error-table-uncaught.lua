--[==[
description: "uncaught error with a table value"
spec: [lib.base.error, err.error.value]
features: []
flags: []
negative: {phase: runtime}
]==]
error({code = 1})
