--[==[
description: "bit.arshift of positive numbers is a logical shift"
spec: [lib.bit.arshift]
features: []
flags: [redis]
negative: false
]==]
return {bit.arshift(0x7fffffff, 30), bit.arshift(1000, 3), bit.arshift(1, 1)}
