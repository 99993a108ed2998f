--[==[
description: "bit.rshift of negative numbers yields large positives as signed results"
spec: [lib.bit.rshift]
features: []
flags: [redis]
negative: false
]==]
return {bit.rshift(-16, 1), bit.rshift(-16, 28), bit.tohex(bit.rshift(-1, 4))}
