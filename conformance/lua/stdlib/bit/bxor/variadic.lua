--[==[
description: "bit.bxor with one, two and many arguments"
spec: [lib.bit.bxor]
features: []
flags: [redis]
negative: false
]==]
return {bit.bxor(9), bit.bxor(0xff, 0x0f), bit.bxor(1, 1, 1), bit.bxor(-1, 0x0000ffff)}
