--[==[
description: "KEYS is an empty table when numkeys is 0"
spec: [lib.base.KEYS]
features: []
flags: [redis]
negative: false
]==]
return {type(KEYS), #KEYS, tostring(KEYS[1])}
