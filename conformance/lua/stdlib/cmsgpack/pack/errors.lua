--[==[
description: "pack with no arguments"
spec: [lib.cmsgpack.pack]
features: []
flags: [redis]
negative: false
]==]
return {select(2, pcall(cmsgpack.pack))}
