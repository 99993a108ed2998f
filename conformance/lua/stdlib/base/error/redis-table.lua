--[==[
description: "an uncaught error table with an err field becomes that error reply"
spec: [lib.base.error]
features: []
flags: [redis]
negative: {phase: runtime}
]==]
error({err = "MYCODE custom table error"})
