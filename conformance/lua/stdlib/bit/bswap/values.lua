--[==[
description: "bit.bswap swaps byte order; applying it twice restores the value"
spec: [lib.bit.bswap]
features: []
flags: [redis]
negative: false
]==]
return {bit.bswap(0), bit.bswap(1), bit.bswap(-1), bit.tohex(bit.bswap(0xff)), bit.bswap(bit.bswap(0x01020304))}
