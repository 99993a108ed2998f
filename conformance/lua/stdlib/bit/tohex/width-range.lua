--[==[
description: "bit.tohex widths 1 to 8, lower and upper case"
spec: [lib.bit.tohex]
features: []
flags: [redis]
negative: false
]==]
return {bit.tohex(0xabcdef, 1), bit.tohex(0xabcdef, 3), bit.tohex(0xabcdef, -6), bit.tohex(0, 8), bit.tohex(-2, 4), bit.tohex(2^32 + 15)}
