--[==[
description: "debug.getinfo with invalid options, levels and values"
spec: [lib.debug.getinfo]
features: []
flags: []
negative: false
]==]
print(debug.getinfo(100))
print(pcall(debug.getinfo, 1, "q"))
print(pcall(debug.getinfo, "x"))
print(pcall(debug.getinfo))
