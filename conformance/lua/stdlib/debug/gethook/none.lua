--[==[
description: "debug.gethook without a hook returns nothing useful"
spec: [lib.debug.gethook]
features: []
flags: []
negative: false
]==]
print(debug.gethook())
