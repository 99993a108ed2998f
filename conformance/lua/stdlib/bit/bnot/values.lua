--[==[
description: "bit.bnot of zero, -1, large and fractional inputs"
spec: [lib.bit.bnot]
features: []
flags: [redis]
negative: false
]==]
return {bit.bnot(0), bit.bnot(-1), bit.bnot(0x7fffffff), bit.bnot(2^32), bit.bnot(bit.bnot(12345))}
