--[==[
description: "KEYS is an ordinary table that can be filled locally"
spec: [lib.base.KEYS]
features: []
flags: [redis]
negative: false
]==]
local k = KEYS
k[1] = "added"
return {#KEYS, KEYS[1]}
