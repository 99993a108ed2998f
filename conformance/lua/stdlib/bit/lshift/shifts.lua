--[==[
description: "shifts and rotates"
spec: [lib.bit.lshift, lib.bit.rshift, lib.bit.arshift, lib.bit.rol, lib.bit.ror, lib.bit.bswap]
features: []
flags: [redis]
negative: false
]==]
return {bit.lshift(1, 31), bit.lshift(1, 32), bit.rshift(-1, 28), bit.arshift(-256, 4), bit.rol(0x12345678, 8), bit.ror(0x12345678, 8), bit.bswap(0x12345678)}
