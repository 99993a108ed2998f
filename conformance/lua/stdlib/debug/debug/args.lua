--[==[
description: "debug.debug ignores its arguments"
spec: [lib.debug.debug]
features: []
flags: []
negative: false
]==]
debug.debug("ignored", 1)
print("returned")
