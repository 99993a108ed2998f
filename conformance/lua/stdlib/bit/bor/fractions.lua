--[==[
description: "bit.bor rounds fractional arguments"
spec: [lib.bit.bor]
features: []
flags: [redis]
negative: false
]==]
return {bit.bor(1.5, 0), bit.bor(2.5, 0), bit.bor(-1.5, 0)}
