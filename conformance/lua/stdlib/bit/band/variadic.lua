--[==[
description: "bit.band with one, two and many arguments"
spec: [lib.bit.band]
features: []
flags: [redis]
negative: false
]==]
return {bit.band(12), bit.band(0xf0f0, 0xff00, 0x3c00), bit.band(-1, -1), bit.band(0x80000000, -1)}
