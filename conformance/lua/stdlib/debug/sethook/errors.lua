--[==[
description: "debug.sethook with a non-function hook"
spec: [lib.debug.sethook]
features: []
flags: []
negative: false
]==]
print(pcall(debug.sethook, 1, "c"))
print(pcall(debug.sethook, print))
print(debug.gethook())
