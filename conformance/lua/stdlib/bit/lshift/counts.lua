--[==[
description: "bit.lshift uses the low five bits of the count"
spec: [lib.bit.lshift]
features: []
flags: [redis]
negative: false
]==]
return {bit.lshift(1, 0), bit.lshift(1, 33), bit.lshift(3, 30), bit.lshift(1, -1), bit.lshift(0xff, 24)}
