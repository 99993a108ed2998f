--[==[
description: "bit.bor with one, two and many arguments"
spec: [lib.bit.bor]
features: []
flags: [redis]
negative: false
]==]
return {bit.bor(7), bit.bor(1, 2, 4, 8, 16), bit.bor(0, 0), bit.bor(0x7fffffff, 0x80000000)}
