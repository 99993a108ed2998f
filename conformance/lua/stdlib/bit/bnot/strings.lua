--[==[
description: "bit.bnot of numeric strings"
spec: [lib.bit.bnot]
features: []
flags: [redis]
negative: false
]==]
return {bit.bnot("0"), bit.bnot("0x10"), bit.bnot(" 5 ")}
