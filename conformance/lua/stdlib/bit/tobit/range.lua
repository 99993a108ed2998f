--[==[
description: "bit.tobit wraps large, negative and fractional numbers to signed 32 bits"
spec: [lib.bit.tobit]
features: []
flags: [redis]
negative: false
]==]
return {bit.tobit(0), bit.tobit(2^31), bit.tobit(-2^31 - 1), bit.tobit(1e10), bit.tobit("12"), bit.tobit(-0.4)}
