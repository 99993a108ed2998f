--[==[
description: "bit.rshift is logical and uses the low five bits of the count"
spec: [lib.bit.rshift]
features: []
flags: [redis]
negative: false
]==]
return {bit.rshift(256, 4), bit.rshift(-1, 0), bit.rshift(-1, 31), bit.rshift(0x80000000, 32), bit.rshift(16, 36)}
