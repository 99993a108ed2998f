--[==[
description: "bit.arshift keeps the sign bit"
spec: [lib.bit.arshift]
features: []
flags: [redis]
negative: false
]==]
return {bit.arshift(-1, 31), bit.arshift(0x80000000, 1), bit.arshift(256, 4), bit.arshift(-8, 33), bit.arshift(7, 0)}
