--[==[
description: "bit.rol rotates bits to the left modulo 32"
spec: [lib.bit.rol]
features: []
flags: [redis]
negative: false
]==]
return {bit.rol(1, 31), bit.rol(0x80000000, 1), bit.rol(0x12345678, 32), bit.rol(0x12345678, -4), bit.tohex(bit.rol(0x12345678, 4))}
