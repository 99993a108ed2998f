--[==[
description: "debug.getlocal with a level out of range or bad arguments"
spec: [lib.debug.getlocal]
features: []
flags: []
negative: false
]==]
print(pcall(debug.getlocal, 50, 1))
print(pcall(debug.getlocal, 1))
print(pcall(debug.getlocal, "x", 1))
