--[==[
description: "band, bor, bxor, bnot with 32-bit signed results"
spec: [lib.bit.band, lib.bit.bor, lib.bit.bxor, lib.bit.bnot]
features: []
flags: [redis]
negative: false
]==]
return {bit.band(0xff, 0x0f), bit.bor(1, 2, 4), bit.bxor(5, 3), bit.bnot(0), bit.band(-1, 0xffffffff), bit.bor(0x80000000, 0)}
