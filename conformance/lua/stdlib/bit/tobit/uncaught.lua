--[==[
description: "an uncaught bit argument error becomes the script error"
spec: [lib.bit.tobit]
features: []
flags: [redis]
negative: {phase: runtime}
]==]
return bit.tobit({})
