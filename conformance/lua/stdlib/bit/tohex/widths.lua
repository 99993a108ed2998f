--[==[
description: "tohex with default, positive, negative and clamped widths"
spec: [lib.bit.tohex]
features: []
flags: [redis]
negative: false
]==]
return {bit.tohex(255), bit.tohex(255, 2), bit.tohex(255, -4), bit.tohex(-1), bit.tohex(0x1234, 100), bit.tohex(1, -100)}
