--[==[
description: "bit.ror rotates bits to the right modulo 32"
spec: [lib.bit.ror]
features: []
flags: [redis]
negative: false
]==]
return {bit.ror(1, 1), bit.ror(0x12345678, 4), bit.ror(0x12345678, 36), bit.tohex(bit.ror(0xf, 4))}
