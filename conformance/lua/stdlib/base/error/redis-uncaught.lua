--[==[
description: "an uncaught error in EVAL becomes an ERR reply with the script position"
spec: [lib.base.error]
features: []
flags: [redis]
negative: {phase: runtime}
]==]
error("custom failure")
