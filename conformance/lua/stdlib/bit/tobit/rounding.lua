--[==[
description: "tobit normalises, rounding halves to even"
spec: [lib.bit.tobit]
features: []
flags: [redis]
negative: false
]==]
return {bit.tobit(0xffffffff), bit.tobit(2^32 + 5), bit.tobit(2.5), bit.tobit(3.5), bit.tobit(-2.5), select(2, pcall(bit.tobit, "x"))}
