--[==[
description: "bit.bxor of a value with itself is zero"
spec: [lib.bit.bxor]
features: []
flags: [redis]
negative: false
]==]
return {bit.bxor(123456, 123456), bit.bxor(-7, -7), bit.bxor(bit.bxor(5, 9), 9)}
